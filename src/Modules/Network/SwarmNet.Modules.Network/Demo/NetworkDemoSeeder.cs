using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Modules;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Demo;

/// <summary>The essaimage example the product is built around: three network heads and STEP in Pau. Idempotent by name.</summary>
internal sealed class NetworkDemoSeeder(IMediator mediator, DbSession db) : IDemoSeeder
{
    internal static readonly RegisterOrganization[] Organizations =
    [
        new("Simplon", OrganizationKind.NetworkHead, null, "Montreuil"),
        new("Les Triporteurs", OrganizationKind.NetworkHead, null, "Bordeaux"),
        new("La Conciergerie Solidaire", OrganizationKind.NetworkHead, null, "Bordeaux"),
        new("STEP", OrganizationKind.LocalStructure, null, "Pau"),
    ];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        foreach (var organization in Organizations)
        {
            if (await db.ExecuteScalarAsync<long>(CountByNameSql, new { organization.Name }, ct) == 0)
                await mediator.Send(organization, ct);
        }
    }

    internal const string CountByNameSql = "SELECT COUNT(*) FROM network_organizations WHERE name = @Name";
}
