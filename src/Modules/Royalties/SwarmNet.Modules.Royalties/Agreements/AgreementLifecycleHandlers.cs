using System.Text.Json;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Affiliations.Contracts.Events;
using SwarmNet.Modules.Licences.Contracts.Events;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>
/// The agreement follows its contract: suspensions (no undeclared-period statement falls due while suspended),
/// resumption, termination and expiry (the cover ends that day), renewal (a later end), amendments (a new terms version
/// from their effective date). Each statement is written so that a second delivery changes nothing.
/// </summary>
internal sealed class AgreementLifecycleHandlers(DbSession db, TimeProvider clock) :
    IIntegrationEventHandler<LicenceSuspended>, IIntegrationEventHandler<LicenceResumed>, IIntegrationEventHandler<LicenceTerminated>,
    IIntegrationEventHandler<LicenceExpired>, IIntegrationEventHandler<LicenceRenewed>, IIntegrationEventHandler<LicenceAmended>,
    IIntegrationEventHandler<AffiliationSuspended>, IIntegrationEventHandler<AffiliationResumed>, IIntegrationEventHandler<AffiliationTerminated>,
    IIntegrationEventHandler<AffiliationExpired>, IIntegrationEventHandler<AffiliationRenewed>, IIntegrationEventHandler<AffiliationAmended>
{
    public Task HandleAsync(LicenceSuspended e, IntegrationEventContext context, CancellationToken ct) => SuspendAsync(e.Licence.LicenceId, e.SuspendedOn, ct);

    public Task HandleAsync(LicenceResumed e, IntegrationEventContext context, CancellationToken ct) => ResumeAsync(e.Licence.LicenceId, e.ResumedOn, ct);

    public Task HandleAsync(LicenceTerminated e, IntegrationEventContext context, CancellationToken ct) => EndAsync(e.Licence.LicenceId, e.TerminatedOn, ct);

    public Task HandleAsync(LicenceExpired e, IntegrationEventContext context, CancellationToken ct) => EndAsync(e.Licence.LicenceId, e.EndedOn, ct);

    public Task HandleAsync(LicenceRenewed e, IntegrationEventContext context, CancellationToken ct) => RenewAsync(e.Licence.LicenceId, e.NewEndDate, ct);

    public Task HandleAsync(LicenceAmended e, IntegrationEventContext context, CancellationToken ct) =>
        AmendAsync(e.Licence.LicenceId, e.Number, e.EffectiveDate, e.RoyaltyTerms, ct);

    public Task HandleAsync(AffiliationSuspended e, IntegrationEventContext context, CancellationToken ct) =>
        SuspendAsync(e.Affiliation.AffiliationId, e.SuspendedOn, ct);

    public Task HandleAsync(AffiliationResumed e, IntegrationEventContext context, CancellationToken ct) => ResumeAsync(e.Affiliation.AffiliationId, e.ResumedOn, ct);

    public Task HandleAsync(AffiliationTerminated e, IntegrationEventContext context, CancellationToken ct) => EndAsync(e.Affiliation.AffiliationId, e.TerminatedOn, ct);

    public Task HandleAsync(AffiliationExpired e, IntegrationEventContext context, CancellationToken ct) => EndAsync(e.Affiliation.AffiliationId, e.EndedOn, ct);

    public Task HandleAsync(AffiliationRenewed e, IntegrationEventContext context, CancellationToken ct) => RenewAsync(e.Affiliation.AffiliationId, e.NewEndDate, ct);

    public Task HandleAsync(AffiliationAmended e, IntegrationEventContext context, CancellationToken ct) =>
        AmendAsync(e.Affiliation.AffiliationId, e.Number, e.EffectiveDate, e.RoyaltyTerms, ct);

    private async Task SuspendAsync(Guid id, DateOnly on, CancellationToken ct)
    {
        await db.ExecuteAsync(StatusSql, new { Id = id, Status = AgreementStatus.Suspended, Now = clock.GetUtcNow() }, ct);
        await db.ExecuteAsync(SuspendSql, new { Id = id, From = on }, ct);
    }

    private async Task ResumeAsync(Guid id, DateOnly on, CancellationToken ct)
    {
        await db.ExecuteAsync(StatusSql, new { Id = id, Status = AgreementStatus.Active, Now = clock.GetUtcNow() }, ct);
        await db.ExecuteAsync(ResumeSql, new { Id = id, To = on.AddDays(-1) }, ct);
    }

    private Task EndAsync(Guid id, DateOnly endedOn, CancellationToken ct) =>
        db.ExecuteAsync(EndSql, new { Id = id, EndedOn = endedOn, Status = AgreementStatus.Ended, Now = clock.GetUtcNow() }, ct);

    private Task RenewAsync(Guid id, DateOnly newEnd, CancellationToken ct) => db.ExecuteAsync(RenewSql, new { Id = id, EndDate = newEnd, Now = clock.GetUtcNow() }, ct);

    private async Task AmendAsync(Guid id, int number, DateOnly from, JsonElement? royaltyTerms, CancellationToken ct)
    {
        if (royaltyTerms is not { } terms || StoredTerms.Read(terms) is null)
            return;
        await db.ExecuteAsync(AmendSql, new { AgreementId = id, Number = number, AppliesFrom = from, Terms = terms.GetRawText(), Now = clock.GetUtcNow() }, ct);
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
