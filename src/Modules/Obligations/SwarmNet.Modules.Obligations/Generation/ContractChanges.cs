using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.Modules.Obligations.Domain;
using static SwarmNet.Modules.Obligations.Generation.ContractSql;

namespace SwarmNet.Modules.Obligations.Generation;

/// <summary>
/// What a contract's life does to its occurrences (obligation-terms.md, "Which occurrences exist"), whichever module
/// announced it. Each change is idempotent, since an event may be delivered again after a failure.
/// </summary>
internal sealed class ContractChanges(DbSession db, OccurrenceGenerator generator, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task ActivatedAsync(ContractFacts facts, CancellationToken ct)
    {
        var grid = TermsJson.Grid(facts.RoyaltyTerms);
        await db.ExecuteAsync(InsertContractSql, new
        {
            Id = facts.ContractId, facts.Kind, facts.GrantorOrganizationId, facts.StructureOrganizationId, facts.NetworkId, facts.Title,
            facts.EffectiveDate, facts.EndDate, RoyaltyMonths = grid?.MonthsPerPeriod, RoyaltyCalendarYear = grid?.CalendarYear,
            Status = ContractRow.ActiveStatus, Now = clock.GetUtcNow(),
        }, ct);
        await db.ExecuteAsync(InsertTermsSql, new { ContractId = facts.ContractId, ValidFrom = facts.EffectiveDate, Terms = facts.ObligationTerms.GetRawText() }, ct);
        await generator.GenerateAsync(facts.ContractId, facts.EffectiveDate, OccurrenceGenerator.HorizonOf(Today), "Contrat en vigueur", ct);
    }

    /// <summary>Occurrences already created stay; none is created with a due date inside the suspension.</summary>
    public Task SuspendedAsync(Guid contractId, DateOnly on, CancellationToken ct) =>
        db.ExecuteAsync(SuspendSql, new { ContractId = contractId, On = on, Status = ContractRow.SuspendedStatus, Now = clock.GetUtcNow() }, ct);

    public async Task ResumedAsync(Guid contractId, DateOnly on, CancellationToken ct)
    {
        await db.ExecuteAsync(ResumeSql, new { ContractId = contractId, On = on, Status = ContractRow.ActiveStatus, Now = clock.GetUtcNow() }, ct);
        await generator.GenerateAsync(contractId, on, OccurrenceGenerator.HorizonOf(Today), "Contrat repris", ct);
    }

    /// <summary>Open occurrences due after T go, except those reporting on a period that started on or before T.</summary>
    public async Task TerminatedAsync(Guid contractId, DateOnly on, string note, CancellationToken ct)
    {
        await db.ExecuteAsync(EndSql, new { ContractId = contractId, EndDate = on, Status = ContractRow.EndedStatus, Now = clock.GetUtcNow() }, ct);
        var parameters = new { ContractId = contractId, On = on, Now = clock.GetUtcNow(), Note = note, Cancelled = OccurrenceStates.Cancelled };
        await db.ExecuteAsync(TerminationHistorySql, parameters, ct);
        await db.ExecuteAsync(TerminationCancelSql, parameters, ct);
    }

    public Task ExpiredAsync(Guid contractId, DateOnly endedOn, CancellationToken ct) =>
        db.ExecuteAsync(EndSql, new { ContractId = contractId, EndDate = endedOn, Status = ContractRow.EndedStatus, Now = clock.GetUtcNow() }, ct);

    public async Task RenewedAsync(Guid contractId, DateOnly previousEnd, DateOnly newEnd, CancellationToken ct)
    {
        await db.ExecuteAsync(RenewSql, new { ContractId = contractId, EndDate = newEnd, Now = clock.GetUtcNow() }, ct);
        await generator.GenerateAsync(contractId, previousEnd.AddDays(1), OccurrenceGenerator.HorizonOf(Today), "Contrat renouvelé", ct);
    }

    /// <summary>New terms from D replace the open occurrences due on or after D; submitted, accepted and waived ones stay.</summary>
    public async Task AmendedAsync(Guid contractId, DateOnly from, JsonElement terms, string note, CancellationToken ct)
    {
        if (await db.QuerySingleOrDefaultAsync<ContractRow>(GenerationSql.SelectContractSql, new { ContractId = contractId }, ct) is not { } contract)
            return;
        await db.ExecuteAsync(DeleteTermsSql, new { ContractId = contractId, ValidFrom = from }, ct);
        await db.ExecuteAsync(InsertTermsSql, new { ContractId = contractId, ValidFrom = from, Terms = terms.GetRawText() }, ct);
        var until = contract.GeneratedUntil is { } g && g > OccurrenceGenerator.HorizonOf(Today) ? g : OccurrenceGenerator.HorizonOf(Today);
        var kept = (await generator.PlanAsync(contract, from, until, ct)).Select(p => new { code = p.Occurrence.Code, due = p.Occurrence.DueDate });
        var sqlServer = db.Dialect.Provider == DatabaseProvider.SqlServer;
        var parameters = new { ContractId = contractId, From = from, Rows = JsonSerializer.Serialize(kept), Now = clock.GetUtcNow(), Note = note, Cancelled = OccurrenceStates.Cancelled };
        await db.ExecuteAsync(sqlServer ? SqlServerAmendmentHistorySql : SqliteAmendmentHistorySql, parameters, ct);
        await db.ExecuteAsync(sqlServer ? SqlServerAmendmentCancelSql : SqliteAmendmentCancelSql, parameters, ct);
        await generator.GenerateAsync(contractId, from, until, note, ct);
    }
}
