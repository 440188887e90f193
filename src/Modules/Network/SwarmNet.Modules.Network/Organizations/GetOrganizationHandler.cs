using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class GetOrganizationHandler(DbSession db) : IRequestHandler<GetOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> Handle(GetOrganization request, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<OrganizationRow>(SelectByIdSql, new { request.Id }, cancellationToken);
        return row?.ToDto() ?? throw new NotFoundException(Text.T("Organisation introuvable.", "Organization not found."));
    }

    internal const string SelectByIdSql = "SELECT " + OrganizationRow.Columns + " FROM network_organizations WHERE id = @Id";
}
