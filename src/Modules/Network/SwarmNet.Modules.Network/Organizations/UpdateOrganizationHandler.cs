using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class UpdateOrganizationValidator : AbstractValidator<UpdateOrganization>
{
    public UpdateOrganizationValidator()
    {
        Include(new OrganizationDetailsValidator());
        RuleFor(c => c.Version).GreaterThanOrEqualTo(1);
    }
}

/// <summary>
/// The organisation's own admins and platform admins may edit it; the network head that registered it too, until the
/// structure has an admin of its own: then its details are the structure's to keep (docs/adr/0123). Heads attached later never edit it.
/// </summary>
internal sealed class UpdateOrganizationHandler(DbSession db, ActorContext actorContext, IMediator mediator)
    : IRequestHandler<UpdateOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(UpdateOrganization request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var current = await mediator.Send(new GetOrganization(request.Id), cancellationToken);
        var mayEdit = actor.HasRole(current.Id, Roles.NetworkAdmin, Roles.StructureAdmin)
                      || (current.RegisteredByOrganizationId is { } head && actor.HasRole(head, Roles.NetworkAdmin, Roles.NetworkStaff)
                          && await db.ExecuteScalarAsync<long>(OwnAdminsSql, new { current.Id }, cancellationToken) == 0);
        if (!mayEdit)
            throw new ForbiddenException(Text.T("Seuls les administrateurs de l'organisation peuvent la modifier.",
                "Only the organization's admins can edit it."));
        await OrganizationWrites.EnsureSiretFreeAsync(db, request.Siret, request.Id, cancellationToken);

        var changed = await db.ExecuteAsync(UpdateSql, Merge(request), cancellationToken);
        if (changed == 0)
            throw new ConflictException(Text.T("L'organisation a été modifiée entre-temps : rechargez-la avant d'enregistrer.",
                "The organization changed in the meantime: reload it before saving."));
        var row = await db.QuerySingleOrDefaultAsync<OrganizationRow>(GetOrganizationHandler.SelectByIdSql, new { request.Id }, cancellationToken);
        return row!.ToDto();
    }

    private static object Merge(UpdateOrganization request)
    {
        var p = OrganizationWrites.Parameters(request, request.Id);
        return new
        {
            p.Id, p.Name, p.LegalForm, p.Siret, p.Address, p.PostalCode, p.City, p.IaeApproval, p.ReferentName, p.ReferentRole,
            p.ReferentEmail, p.ReferentPhone, p.ReferentTimePercent, request.Version,
        };
    }

    internal const string OwnAdminsSql =
        "SELECT COUNT(*) FROM network_memberships WHERE organization_id = @Id AND role IN ('StructureAdmin', 'NetworkAdmin')";

    internal const string UpdateSql = """
        UPDATE network_organizations SET name = @Name, legal_form = @LegalForm, siret = @Siret, address = @Address,
            postal_code = @PostalCode, city = @City, iae_approval = @IaeApproval, referent_name = @ReferentName,
            referent_role = @ReferentRole, referent_email = @ReferentEmail, referent_phone = @ReferentPhone,
            referent_time_percent = @ReferentTimePercent, version = version + 1
        WHERE id = @Id AND version = @Version
        """;
}
