using System.Text.Json;
using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Network.Contracts.Networks;

namespace SwarmNet.Modules.Network.Networks;

internal sealed class GetGrantableBrandsHandler(DbSession db) : IRequestHandler<GetGrantableBrands, IReadOnlyList<GrantableBrandDto>>
{
    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Brands { get; init; } = "[]";
    }

    public async Task<IReadOnlyList<GrantableBrandDto>> Handle(GetGrantableBrands request, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<Row>(SelectOwnedSql, new { Owner = request.GrantorOrganizationId }, cancellationToken);
        return rows.SelectMany(r => (JsonSerializer.Deserialize<string[]>(r.Brands) ?? []).Select(b => new GrantableBrandDto(r.Id, r.Name, b))).ToList();
    }

    internal const string SelectOwnedSql = "SELECT n.id, n.name, n.brands FROM network_networks n WHERE n.owner_organization_id = @Owner ORDER BY n.name, n.id";
}
