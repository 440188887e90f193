using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class OpenCandidacyValidator : AbstractValidator<OpenCandidacy>
{
    public OpenCandidacyValidator()
    {
        RuleFor(c => c.Model).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Territory).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Comment).MaximumLength(2000);
    }
}

/// <summary>The network head's staff open a candidacy for a structure; the readiness checklist is copied at that moment.</summary>
internal sealed class OpenCandidacyHandler(DbSession db, ActorContext actorContext, IMediator mediator, TimeProvider clock, CandidacyHistory history)
    : IRequestHandler<OpenCandidacy, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(OpenCandidacy request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var network = await mediator.Send(new GetNetwork(request.NetworkId), cancellationToken);
        if (!actor.HasRole(network.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff))
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau ouvre des candidatures.", "Only the network head's staff open candidacies."));
        var structure = await StructureAsync(request.StructureId, network.OwnerOrganizationId, cancellationToken);
        if (await db.ExecuteScalarAsync<long>(CountOpenSql, new { request.NetworkId, StructureId = structure.Id, Model = request.Model.Trim() }, cancellationToken) > 0)
            throw new InputValidationException("/structureId", Text.T("Cette structure a déjà une candidature ouverte pour ce modèle.",
                "This structure already has an open candidacy for this model."));

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = id, request.NetworkId, StructureId = structure.Id, Model = request.Model.Trim(), Territory = request.Territory.Trim(),
            Stage = nameof(CandidacyStage.Lead), Now = now,
        }, cancellationToken);
        await db.ExecuteAsync(CopyChecklistSql, network.ReadinessChecklist.Select((item, position) => new
        {
            Id = Guid.CreateVersion7(), CandidacyId = id, Position = position, item.Code, item.Label, item.Mandatory, item.RequiresFile,
        }), cancellationToken);
        var row = await GetCandidacyHandler.LoadVisibleAsync(db, actor, id, cancellationToken);
        await history.RecordAsync(row, null, CandidacyStage.Lead, request.Comment, actor, cancellationToken);
        return await mediator.Send(new GetCandidacy(id), cancellationToken);
    }

    private async Task<OrganizationDto> StructureAsync(Guid structureId, Guid ownerId, CancellationToken ct)
    {
        OrganizationDto structure;
        try { structure = await mediator.Send(new GetOrganization(structureId), ct); }
        catch (NotFoundException) { throw new InputValidationException("/structureId", Text.T("Organisation introuvable.", "Organization not found.")); }
        if (structure.Kind == OrganizationKind.NetworkHead || structure.Id == ownerId)
            throw new InputValidationException("/structureId", Text.T("Une candidature concerne une structure locale.", "A candidacy is for a local structure."));
        return structure;
    }

    internal const string CountOpenSql = """
        SELECT COUNT(*) FROM network_candidacies WHERE network_id = @NetworkId AND structure_id = @StructureId AND model = @Model
          AND stage IN ('Lead', 'Qualification', 'Readiness', 'Contracting')
        """;

    internal const string InsertSql = """
        INSERT INTO network_candidacies (id, network_id, structure_id, model, territory, stage, opened_at, stage_changed_at, version)
        VALUES (@Id, @NetworkId, @StructureId, @Model, @Territory, @Stage, @Now, @Now, 1)
        """;

    internal const string CopyChecklistSql = """
        INSERT INTO network_candidacy_checklist_items (id, candidacy_id, position, code, label, mandatory, requires_file, done)
        VALUES (@Id, @CandidacyId, @Position, @Code, @Label, @Mandatory, @RequiresFile, 0)
        """;
}
