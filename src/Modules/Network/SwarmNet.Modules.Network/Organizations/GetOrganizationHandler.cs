using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class GetOrganizationHandler(DbSession db, ActorContext actor) : IRequestHandler<GetOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(GetOrganization request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = OrganizationVisibility.Parameters(actor.Current);
        var row = await db.QuerySingleOrDefaultAsync<OrganizationRow>(SelectVisibleSql, new { request.Id, All = all, OrgIds = orgIds }, cancellationToken);
        return row?.ToDto() ?? throw NotFound();
    }

    public static NotFoundException NotFound() => new(Text.T("Organisation introuvable.", "Organization not found."));

    internal const string SelectByIdSql = "SELECT " + OrganizationRow.Columns + " FROM network_organizations WHERE id = @Id";

    internal const string SelectVisibleSql =
        "SELECT " + OrganizationRow.Columns + " FROM network_organizations o WHERE o.id = @Id AND " + OrganizationVisibility.Filter;
}
