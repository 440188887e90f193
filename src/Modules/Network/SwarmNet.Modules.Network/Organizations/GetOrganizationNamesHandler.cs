using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class GetOrganizationNamesHandler(DbSession db) : IRequestHandler<GetOrganizationNames, IReadOnlyDictionary<Guid, string>>
{
    public async Task<IReadOnlyDictionary<Guid, string>> Handle(GetOrganizationNames request, CancellationToken cancellationToken)
    {
        if (request.Ids.Count == 0)
            return new Dictionary<Guid, string>();
        var rows = await db.QueryAsync<NameRow>(SelectSql, new { Ids = request.Ids.Select(id => id.ToString("D")).ToArray() }, cancellationToken);
        return rows.ToDictionary(r => r.Id, r => r.Name);
    }

    internal const string SelectSql = "SELECT id AS Id, name AS Name FROM network_organizations WHERE id IN @Ids";

    private sealed class NameRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
    }
}
