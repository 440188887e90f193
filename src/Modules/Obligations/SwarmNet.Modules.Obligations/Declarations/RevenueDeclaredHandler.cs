using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Royalties.Contracts.Declarations;

namespace SwarmNet.Modules.Obligations.Declarations;

/// <summary>
/// A revenue declaration submitted in the Royalties module fulfils the contract's declaration occurrence for that royalty
/// period (identified, as there, by its clamped start): it becomes submitted with the declaration as evidence. A correction
/// updates the reference, and hands in again an occurrence the network head had rejected.
/// </summary>
internal sealed class RevenueDeclaredHandler(BuildingBlocks.Data.DbSession db, TimeProvider clock) : IIntegrationEventHandler<RevenueDeclared>
{
    public async Task HandleAsync(RevenueDeclared e, IntegrationEventContext context, CancellationToken ct)
    {
        var parameters = new
        {
            e.ContractId, e.PeriodStart, e.DeclarationId, e.Version, Day = DateOnly.FromDateTime(e.DeclaredAt.UtcDateTime), Now = clock.GetUtcNow(),
            ActorId = e.DeclaredById, ActorName = e.DeclaredByName, Submitted = OccurrenceStates.Submitted,
            Note = e.NoActivity ? $"Déclaration n° {e.Version} : aucune activité sur la période" : $"Déclaration de chiffre d'affaires HT n° {e.Version}",
        };
        await db.ExecuteAsync(HistorySql, parameters, ct);
        await db.ExecuteAsync(FulfilSql, parameters, ct);
        await db.ExecuteAsync(CorrectionSql, parameters, ct);
    }

    private const string Match = """
        contract_id = @ContractId AND evidence_kind = 'declaration' AND period_start = @PeriodStart
        AND (declaration_version IS NULL OR declaration_version < @Version)
        """;

    internal const string HistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Submitted, @ActorId, @ActorName, @Note FROM obligations_occurrences
        WHERE state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') AND 
        """ + Match;

    internal const string FulfilSql = """
        UPDATE obligations_occurrences SET state = @Submitted, submitted_on = @Day, declaration_id = @DeclarationId, declaration_version = @Version,
            reason = NULL, version = version + 1
        WHERE state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') AND 
        """ + Match;

    /// <summary>Already handed in: a newer version only replaces the reference.</summary>
    internal const string CorrectionSql = """
        UPDATE obligations_occurrences SET declaration_id = @DeclarationId, declaration_version = @Version, version = version + 1
        WHERE state IN ('Submitted', 'Accepted') AND 
        """ + Match;
}
