using System.Text.Json;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Organizations;

namespace SwarmNet.Modules.Network.Networks;

internal sealed class GetNetworkHandler(DbSession db, ActorContext actor) : IRequestHandler<GetNetwork, NetworkDto>
{
    public async Task<NetworkDto> Handle(GetNetwork request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = OrganizationVisibility.Parameters(actor.Current);
        var row = await db.QuerySingleOrDefaultAsync<NetworkRow>(SelectVisibleSql, new { request.Id, All = all, OrgIds = orgIds }, cancellationToken)
                  ?? throw NotFound();
        var checklist = await ChecklistTemplate.ReadAsync(db, row.Id, cancellationToken);
        return new NetworkDto(row.Id, row.OwnerOrganizationId, row.Name, JsonSerializer.Deserialize<string[]>(row.Brands) ?? [],
            row.ConceptSummary, row.Charter, row.TerritoryPolicy, checklist, row.CreatedAt, row.Version);
    }

    public static NotFoundException NotFound() => new(Text.T("Réseau introuvable.", "Network not found."));

    internal const string SelectVisibleSql =
        "SELECT " + NetworkRow.Columns + " FROM network_networks n WHERE n.id = @Id AND " + NetworkVisibility.Filter;
}
