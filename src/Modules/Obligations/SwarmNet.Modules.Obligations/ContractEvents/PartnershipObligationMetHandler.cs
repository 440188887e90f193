using System.Text.Json;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Partnerships.Contracts.Events;

namespace SwarmNet.Modules.Obligations.ContractEvents;

/// <summary>
/// What a partner did in the Partnerships module (an instalment paid, a committee held, a milestone completed, indicators
/// reported) hands in the occurrence it fulfils: the one due on the given date, else the one of the given period, else the
/// first due on or after the day it was done. Only an open occurrence moves, so a second delivery changes nothing.
/// </summary>
internal sealed class PartnershipObligationMetHandler(BuildingBlocks.Data.DbSession db, TimeProvider clock) : IIntegrationEventHandler<PartnershipObligationMet>
{
    public async Task HandleAsync(PartnershipObligationMet e, IntegrationEventContext context, CancellationToken ct)
    {
        var parameters = new
        {
            ContractId = e.PartnershipId, e.Code, e.On, e.DueDate, e.PeriodStart, e.PeriodEnd, Now = clock.GetUtcNow(), e.ActorId, e.ActorName, e.Note,
            Indicators = e.Indicators is { Count: > 0 } values ? JsonSerializer.Serialize(values) : null, Submitted = OccurrenceStates.Submitted,
        };
        await db.ExecuteAsync(HistorySql, parameters, ct);
        await db.ExecuteAsync(FulfilSql, parameters, ct);
    }

    private const string Match = """
        contract_id = @ContractId AND code = @Code AND state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') AND (
            (@DueDate IS NOT NULL AND due_date = @DueDate)
            OR (@DueDate IS NULL AND @PeriodStart IS NOT NULL AND period_start <= @PeriodEnd AND period_end >= @PeriodStart)
            OR (@DueDate IS NULL AND @PeriodStart IS NULL AND due_date = (SELECT MIN(f.due_date) FROM obligations_occurrences f
                WHERE f.contract_id = @ContractId AND f.code = @Code AND f.due_date >= @On AND f.state <> 'Cancelled')))
        """;

    internal const string HistorySql = """
        INSERT INTO obligations_history (occurrence_id, at, from_state, to_state, actor_id, actor_name, note)
        SELECT id, @Now, state, @Submitted, @ActorId, @ActorName, @Note FROM obligations_occurrences WHERE 
        """ + Match;

    internal const string FulfilSql = """
        UPDATE obligations_occurrences SET state = @Submitted, submitted_on = @On, indicators = COALESCE(@Indicators, indicators), reason = NULL,
            version = version + 1
        WHERE 
        """ + Match;
}
