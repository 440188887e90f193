using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class RegisterOrganizationValidator : AbstractValidator<RegisterOrganization>
{
    public RegisterOrganizationValidator()
    {
        Include(new OrganizationDetailsValidator());
        RuleFor(c => c.Kind).IsInEnum();
    }
}

internal sealed class RegisterOrganizationHandler(DbSession db, BuildingBlocks.Outbox.Outbox outbox, TimeProvider clock, ActorContext actorContext)
    : IRequestHandler<RegisterOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(RegisterOrganization request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var registeredBy = RegisteringOrganization(actor, request.OnBehalfOf);
        await OrganizationWrites.EnsureSiretFreeAsync(db, request.Siret, null, cancellationToken);

        var id = Guid.CreateVersion7();
        await db.ExecuteAsync(InsertSql, OrganizationWrites.Parameters(request, id) with
        {
            Kind = request.Kind.ToString(), RegisteredBy = registeredBy, CreatedAt = clock.GetUtcNow(), CreatedBy = actor.UserId,
        }, cancellationToken);
        await outbox.PublishAsync(new OrganizationRegistered(id, request.Name.Trim(), request.Kind, OrganizationWrites.NullIfEmpty(request.Siret)), cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<OrganizationRow>(GetOrganizationHandler.SelectByIdSql, new { Id = id }, cancellationToken);
        return row!.ToDto();
    }

    /// <summary>Platform admins register anyone; a network head's staff register structures on its behalf.</summary>
    private static Guid? RegisteringOrganization(Actor actor, Guid? onBehalfOf)
    {
        if (onBehalfOf is { } chosen)
            return actor.HasRole(chosen, Roles.NetworkAdmin, Roles.NetworkStaff)
                ? chosen
                : throw new InputValidationException("/onBehalfOf", Text.T("Vous n'agissez pas pour cette tête de réseau.", "You do not act for this network head."));
        if (actor.IsPlatformAdmin)
            return null;
        var heads = actor.Memberships.Where(m => m.Role is Roles.NetworkAdmin or Roles.NetworkStaff).Select(m => m.OrganizationId).Distinct().ToList();
        return heads.Count switch
        {
            1 => heads[0],
            0 => throw new ForbiddenException(Text.T("Seule l'équipe d'une tête de réseau peut enregistrer une structure.",
                "Only a network head's staff can register an organization.")),
            _ => throw new InputValidationException("/onBehalfOf", Text.T("Précisez pour quelle tête de réseau vous agissez.", "Say which network head you act for.")),
        };
    }

    internal const string InsertSql = """
        INSERT INTO network_organizations (id, name, kind, legal_form, siret, address, postal_code, city, iae_approval,
            referent_name, referent_role, referent_email, referent_phone, referent_time_percent, registered_by_organization_id,
            created_at, created_by, version)
        VALUES (@Id, @Name, @Kind, @LegalForm, @Siret, @Address, @PostalCode, @City, @IaeApproval,
            @ReferentName, @ReferentRole, @ReferentEmail, @ReferentPhone, @ReferentTimePercent, @RegisteredBy,
            @CreatedAt, @CreatedBy, 1)
        """;
}
