using SwarmNet.BuildingBlocks.ContractLifecycle;
using Xunit;
using S = SwarmNet.BuildingBlocks.ContractLifecycle.ContractStatus;

namespace SwarmNet.BuildingBlocks.Tests;

public sealed class ContractLifecycleTests
{
    private static readonly DateOnly Effective = new(2024, 3, 15);

    [Theory]
    [InlineData(S.Draft, S.Signed, true)]
    [InlineData(S.Draft, S.Active, false)]
    [InlineData(S.Signed, S.Active, true)]
    [InlineData(S.Active, S.Suspended, true)]
    [InlineData(S.Suspended, S.Active, true)]
    [InlineData(S.Suspended, S.Terminated, true)]
    [InlineData(S.Active, S.Draft, false)]
    [InlineData(S.Terminated, S.Active, false)]
    [InlineData(S.Expired, S.Active, false)]
    public void Allowed_transitions(ContractStatus from, ContractStatus to, bool allowed) => Assert.Equal(allowed, Lifecycle.CanMove(from, to));

    [Fact]
    public void Only_drafts_are_edited_and_running_contracts_amended()
    {
        Assert.Equal([S.Draft], Enum.GetValues<ContractStatus>().Where(Lifecycle.IsEditable));
        Assert.Equal([S.Active, S.Suspended], Enum.GetValues<ContractStatus>().Where(Lifecycle.IsAmendable));
    }

    [Fact]
    public void Signing_activates_at_once_when_the_date_has_come()
    {
        var term = new ContractTerm(Effective, null);
        Assert.Equal(S.Signed, Lifecycle.StatusAfterSigning(term, Effective.AddDays(-1)));
        Assert.Equal(S.Active, Lifecycle.StatusAfterSigning(term, Effective));
        Assert.Equal(S.Active, Lifecycle.StatusAfterSigning(term, Effective.AddYears(1)));
    }

    [Fact]
    public void The_daily_job_activates_renews_or_expires()
    {
        var tacit = new ContractTerm(Effective, new DateOnly(2027, 3, 14), TacitRenewal: true, RenewalMonths: 12, NoticeDays: 90);
        var fixedTerm = tacit with { TacitRenewal = false };
        var dayAfterEnd = new DateOnly(2027, 3, 15);

        Assert.Equal(DailyAction.Activate, Lifecycle.Decide(S.Signed, tacit, RenewalDecision.None, Effective));
        Assert.Equal(DailyAction.None, Lifecycle.Decide(S.Signed, tacit, RenewalDecision.None, Effective.AddDays(-1)));
        Assert.Equal(DailyAction.None, Lifecycle.Decide(S.Active, tacit, RenewalDecision.None, new DateOnly(2027, 3, 14)));
        Assert.Equal(DailyAction.Renew, Lifecycle.Decide(S.Active, tacit, RenewalDecision.None, dayAfterEnd));
        Assert.Equal(DailyAction.Expire, Lifecycle.Decide(S.Active, tacit, RenewalDecision.DoNotRenew, dayAfterEnd));
        Assert.Equal(DailyAction.Expire, Lifecycle.Decide(S.Suspended, fixedTerm, RenewalDecision.None, dayAfterEnd));
        Assert.Equal(DailyAction.Renew, Lifecycle.Decide(S.Active, fixedTerm, RenewalDecision.Renew, dayAfterEnd));
        Assert.Equal(DailyAction.None, Lifecycle.Decide(S.Terminated, tacit, RenewalDecision.None, dayAfterEnd));
        Assert.Equal(DailyAction.None, Lifecycle.Decide(S.Active, new ContractTerm(Effective, null), RenewalDecision.None, dayAfterEnd));
    }

    [Fact]
    public void Renewal_follows_the_end_without_drift_and_the_notice_falls_before_it()
    {
        var term = new ContractTerm(new DateOnly(2024, 2, 29), new DateOnly(2025, 2, 28), TacitRenewal: true, RenewalMonths: 12, NoticeDays: 90);
        Assert.Equal(new DateOnly(2024, 11, 30), term.RenewalDecisionDue);
        var next = term.Renewed();
        Assert.Equal(new DateOnly(2026, 2, 28), next.EndDate);
        Assert.Equal(new DateOnly(2027, 2, 28), next.Renewed().EndDate);
        Assert.True(next.Covers(new DateOnly(2025, 3, 1)));
        Assert.False(next.Covers(new DateOnly(2024, 2, 28)));
        Assert.Throws<InvalidOperationException>(() => new ContractTerm(Effective, null).Renewed());
    }

    [Fact]
    public void Term_validation_names_each_field()
    {
        var errors = new ContractTerm(Effective, Effective.AddDays(-1), TacitRenewal: true, RenewalMonths: 0, NoticeDays: 800).Validate("/term");
        Assert.Equal(["/term/endDate", "/term/noticeDays", "/term/renewalMonths", "/term/noticeDays"], errors.Select(e => e.Path));
        Assert.Equal(["/term/tacitRenewal"], new ContractTerm(Effective, null, TacitRenewal: true).Validate("/term").Select(e => e.Path));
        Assert.Empty(new ContractTerm(Effective, new DateOnly(2027, 3, 14), true).Validate("/term"));
    }
}
