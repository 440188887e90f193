using System.Text.Json;
using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Network.Domain;
using SwarmNet.BuildingBlocks.Validation;

namespace SwarmNet.Modules.Network.Networks;

internal sealed class CreateNetworkValidator : AbstractValidator<CreateNetwork>
{
    public CreateNetworkValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200).SafeName();
        RuleFor(c => c.Brands).Cascade(CascadeMode.Stop).NotEmpty().Must(b => b.Count <= 10);
        RuleForEach(c => c.Brands).NotEmpty().MaximumLength(100).SafeName();
        RuleFor(c => c.ConceptSummary).MaximumLength(4000);
        RuleFor(c => c.TerritoryPolicy).MaximumLength(4000);
        RuleFor(c => c.Charter).MaximumLength(100_000);
        RuleFor(c => c.ReadinessChecklist).Must(i => i!.Count <= ChecklistTemplateItemValidator.MaxItems)
            .When(c => c.ReadinessChecklist is not null).WithMessage(_ => ChecklistTemplateItemValidator.TooManyMessage);
        RuleForEach(c => c.ReadinessChecklist).SetValidator(new ChecklistTemplateItemValidator())
            .Must((c, item) => ChecklistTemplateItemValidator.IsFirstWithItsCode(c.ReadinessChecklist, item))
            .WithMessage(_ => ChecklistTemplateItemValidator.RepeatedCodeMessage);
    }
}

/// <summary>Only a network head's admins create its networks; the readiness template is the default unless given.</summary>
internal sealed class CreateNetworkHandler(DbSession db, ActorContext actor, IMediator mediator, TimeProvider clock)
    : IRequestHandler<CreateNetwork, NetworkDto>
{
    public async Task<NetworkDto> Handle(CreateNetwork request, CancellationToken cancellationToken)
    {
        OrganizationDto owner;
        try { owner = await mediator.Send(new GetOrganization(request.OwnerOrganizationId), cancellationToken); }
        catch (NotFoundException) { throw new InputValidationException("/ownerOrganizationId", Text.T("Organisation introuvable.", "Organization not found.")); }
        if (owner.Kind == OrganizationKind.LocalStructure)
            throw new InputValidationException("/ownerOrganizationId", Text.T("Seule une tête de réseau porte un réseau.", "Only a network head owns a network."));
        if (!actor.Current.HasRole(owner.Id, Roles.NetworkAdmin))
            throw new ForbiddenException(Text.T("Seuls les administrateurs de la tête de réseau créent ses réseaux.", "Only the network head's admins create its networks."));
        if (await db.ExecuteScalarAsync<long>(CountByNameSql, new { Owner = owner.Id, Name = request.Name.Trim() }, cancellationToken) > 0)
            throw new InputValidationException("/name", Text.T("Cette tête de réseau a déjà un réseau de ce nom.", "This network head already has a network with this name."));

        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, Owner = owner.Id, Name = request.Name.Trim(), Brands = JsonSerializer.Serialize(request.Brands.Select(b => b.Trim())),
            request.ConceptSummary, request.Charter, request.TerritoryPolicy, CreatedAt = clock.GetUtcNow(),
        }, cancellationToken);
        await ChecklistTemplate.ReplaceAsync(db, id, request.ReadinessChecklist ?? DefaultReadinessChecklist.Items, cancellationToken);
        return await mediator.Send(new GetNetwork(id), cancellationToken);
    }

    internal const string CountByNameSql = "SELECT COUNT(*) FROM network_networks WHERE owner_organization_id = @Owner AND name = @Name";

    internal const string InsertSql = """
        INSERT INTO network_networks (id, owner_organization_id, name, brands, concept_summary, charter, territory_policy, created_at, version)
        VALUES (@Id, @Owner, @Name, @Brands, @ConceptSummary, @Charter, @TerritoryPolicy, @CreatedAt, 1)
        """;
}
