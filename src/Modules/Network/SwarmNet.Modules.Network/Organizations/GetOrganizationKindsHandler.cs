using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class GetOrganizationKindsHandler(DbSession db) : IRequestHandler<GetOrganizationKinds, IReadOnlyList<OrganizationKindDto>>
{
    public async Task<IReadOnlyList<OrganizationKindDto>> Handle(GetOrganizationKinds request, CancellationToken cancellationToken)
    {
        if (request.Ids.Count == 0)
            return [];
        var rows = await db.QueryAsync<KindRow>(SelectSql, new { Ids = request.Ids.Select(id => id.ToString("D")).Distinct().ToArray() }, cancellationToken);
        return rows.Select(r => new OrganizationKindDto(r.Id, r.Name, Enum.Parse<OrganizationKind>(r.Kind))).ToList();
    }

    internal const string SelectSql = "SELECT id AS Id, name AS Name, kind AS Kind FROM network_organizations WHERE id IN @Ids";

    private sealed class KindRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
    }
}
