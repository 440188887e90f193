using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Licences.Contracts.Events;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// The agreement follows its contract: suspensions (no undeclared-period statement falls due while suspended),
/// resumption, termination and expiry (the cover ends that day), renewal (a later end), amendments (a new terms version
/// from their effective date). Each statement is written so that a second delivery changes nothing.
/// </summary>
internal sealed class AgreementLifecycleHandlers(DbSession db, TimeProvider clock) :
    IIntegrationEventHandler<LicenceSuspended>, IIntegrationEventHandler<LicenceResumed>, IIntegrationEventHandler<LicenceTerminated>,
    IIntegrationEventHandler<LicenceExpired>, IIntegrationEventHandler<LicenceRenewed>, IIntegrationEventHandler<LicenceAmended>
{
    public async Task HandleAsync(LicenceSuspended e, IntegrationEventContext context, CancellationToken ct)
    {
        await db.ExecuteAsync(StatusSql, new { Id = e.Licence.LicenceId, Status = AgreementStatus.Suspended, Now = clock.GetUtcNow() }, ct);
        await db.ExecuteAsync(SuspendSql, new { Id = e.Licence.LicenceId, From = e.SuspendedOn }, ct);
    }

    public async Task HandleAsync(LicenceResumed e, IntegrationEventContext context, CancellationToken ct)
    {
        await db.ExecuteAsync(StatusSql, new { Id = e.Licence.LicenceId, Status = AgreementStatus.Active, Now = clock.GetUtcNow() }, ct);
        await db.ExecuteAsync(ResumeSql, new { Id = e.Licence.LicenceId, To = e.ResumedOn.AddDays(-1) }, ct);
    }

    public Task HandleAsync(LicenceTerminated e, IntegrationEventContext context, CancellationToken ct) =>
        db.ExecuteAsync(EndSql, new { Id = e.Licence.LicenceId, EndedOn = e.TerminatedOn, Status = AgreementStatus.Ended, Now = clock.GetUtcNow() }, ct);

    public Task HandleAsync(LicenceExpired e, IntegrationEventContext context, CancellationToken ct) =>
        db.ExecuteAsync(EndSql, new { Id = e.Licence.LicenceId, EndedOn = e.EndedOn, Status = AgreementStatus.Ended, Now = clock.GetUtcNow() }, ct);

    public Task HandleAsync(LicenceRenewed e, IntegrationEventContext context, CancellationToken ct) =>
        db.ExecuteAsync(RenewSql, new { Id = e.Licence.LicenceId, EndDate = e.NewEndDate, Now = clock.GetUtcNow() }, ct);

    public async Task HandleAsync(LicenceAmended e, IntegrationEventContext context, CancellationToken ct)
    {
        if (e.RoyaltyTerms is not { } terms || StoredTerms.Read(terms) is null)
            return;
        await db.ExecuteAsync(AmendSql, new
        {
            AgreementId = e.Licence.LicenceId, e.Number, AppliesFrom = e.EffectiveDate, Terms = terms.GetRawText(), Now = clock.GetUtcNow(),
        }, ct);
    }

    internal const string StatusSql = "UPDATE royalties_agreements SET status = @Status, updated_at = @Now WHERE id = @Id AND status <> 'Ended'";

    internal const string SuspendSql = """
        INSERT INTO royalties_suspensions (agreement_id, from_date, to_date)
        SELECT id, @From, NULL FROM royalties_agreements a
        WHERE a.id = @Id AND NOT EXISTS (SELECT 1 FROM royalties_suspensions s WHERE s.agreement_id = @Id AND s.from_date = @From)
        """;

    internal const string ResumeSql = "UPDATE royalties_suspensions SET to_date = @To WHERE agreement_id = @Id AND to_date IS NULL";

    internal const string EndSql = "UPDATE royalties_agreements SET status = @Status, ended_on = @EndedOn, updated_at = @Now WHERE id = @Id";

    internal const string RenewSql = "UPDATE royalties_agreements SET end_date = @EndDate, updated_at = @Now WHERE id = @Id";

    internal const string AmendSql = """
        INSERT INTO royalties_terms_versions (agreement_id, number, applies_from, terms, recorded_at)
        SELECT a.id, @Number, @AppliesFrom, @Terms, @Now FROM royalties_agreements a
        WHERE a.id = @AgreementId AND NOT EXISTS (SELECT 1 FROM royalties_terms_versions v WHERE v.agreement_id = @AgreementId AND v.number = @Number)
        """;
}
