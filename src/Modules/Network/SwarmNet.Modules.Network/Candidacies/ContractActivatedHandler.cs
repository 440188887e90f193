using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Candidacies;

/// <summary>
/// A contract became active for a structure: its open candidacy in that network (or in the grantor's networks) is
/// launched. The contract is a fact, so this does not re-check the readiness list. A candidacy launched before with no
/// contract behind it (moved by hand, before the contract modules existed) gets this one. Safe to receive twice.
/// </summary>
internal sealed class ContractActivatedHandler(DbSession db, TimeProvider clock, CandidacyHistory history) : IIntegrationEventHandler<ContractActivated>
{
    private static readonly Actor Platform = Actor.System with { DisplayName = "SwarmNet (contrat activé)" };

    public async Task HandleAsync(ContractActivated integrationEvent, IntegrationEventContext context, CancellationToken ct)
    {
        var open = await db.QueryAsync<CandidacyRow>(SelectOpenSql, new
        {
            Structure = integrationEvent.StructureOrganizationId, integrationEvent.NetworkId, Grantor = integrationEvent.GrantorOrganizationId,
        }, ct);
        foreach (var candidacy in open)
        {
            var moved = await db.ExecuteAsync(LaunchSql, new
            {
                candidacy.Id, From = candidacy.Stage.ToString(), integrationEvent.ContractId, Now = clock.GetUtcNow(),
            }, ct);
            if (moved == 1)
                await history.RecordAsync(candidacy, candidacy.Stage, CandidacyStage.Launched,
                    $"Contrat activé ({KindLabel(integrationEvent.ContractKind)}, effet au {integrationEvent.EffectiveDate:dd/MM/yyyy})", Platform, ct);
        }
        await db.ExecuteAsync(LinkLaunchedSql, new
        {
            Structure = integrationEvent.StructureOrganizationId, integrationEvent.NetworkId, Grantor = integrationEvent.GrantorOrganizationId,
            integrationEvent.ContractId,
        }, ct);
    }

    /// <summary>The glossary's name of the contract kind. Stored in the history, written by the platform: French, as the demo's story is.</summary>
    private static string KindLabel(string kind) => kind switch
    {
        "licence" => "contrat de licence de marque",
        "affiliation" => "convention d'affiliation",
        "partnership" => "contrat de partenariat",
        _ => "contrat",
    };

    internal const string SelectOpenSql = "SELECT " + CandidacyRow.Columns + " FROM " + CandidacyRow.From + """

        WHERE c.structure_id = @Structure
          AND (c.network_id = @NetworkId OR (@NetworkId IS NULL AND n.owner_organization_id = @Grantor))
          AND c.stage IN ('Lead', 'Qualification', 'Readiness', 'Contracting')
        """;

    internal const string LinkLaunchedSql = """
        UPDATE network_candidacies SET contract_id = @ContractId, version = version + 1
        WHERE structure_id = @Structure AND stage = 'Launched' AND contract_id IS NULL
          AND (network_id = @NetworkId OR (@NetworkId IS NULL AND network_id IN (SELECT n.id FROM network_networks n WHERE n.owner_organization_id = @Grantor)))
        """;

    internal const string LaunchSql = """
        UPDATE network_candidacies SET stage = 'Launched', contract_id = @ContractId, stage_changed_at = @Now, version = version + 1
        WHERE id = @Id AND stage = @From
        """;
}
