using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Running;
using Xunit;

namespace SwarmNet.ContractKernel.Tests;

public sealed class NoticeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Notice_takes_effect_no_earlier_than_the_exit_terms_allow_and_by_default_on_that_day()
    {
        Assert.Equal(new DateOnly(2027, 2, 21), Notice.Check(Records.Active(), null, Today));
        Assert.Equal(new DateOnly(2027, 3, 31), Notice.Check(Records.Active(), new DateOnly(2027, 3, 31), Today));
        var early = Assert.Throws<InputValidationException>(() => Notice.Check(Records.Active(), new DateOnly(2026, 12, 31), Today));
        Assert.Equal(("/on", "Préavis de 90 jours : la résiliation peut prendre effet au plus tôt le 21/02/2027."), (early.Errors[0].Path, early.Errors[0].Message));
        Assert.Equal(Today, Notice.Check(Records.Active(exitNoticeDays: 0), Today, Today));
    }

    [Fact]
    public void Notice_cannot_outlast_the_term()
    {
        var late = Assert.Throws<InputValidationException>(() => Notice.Check(Records.Active(end: new DateOnly(2027, 1, 31)), null, Today));
        Assert.Contains("31/01/2027", late.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_daily_decision_terminates_on_the_notice_day_before_any_renewal()
    {
        var term = new ContractTerm(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), TacitRenewal: true);
        Assert.Equal(DailyAction.None, Lifecycle.Decide(ContractStatus.Active, term, RenewalDecision.None, new DateOnly(2026, 12, 30), new DateOnly(2026, 12, 31)));
        Assert.Equal(DailyAction.Terminate, Lifecycle.Decide(ContractStatus.Active, term, RenewalDecision.None, new DateOnly(2026, 12, 31), new DateOnly(2026, 12, 31)));
        Assert.Equal(DailyAction.Terminate, Lifecycle.Decide(ContractStatus.Suspended, term, RenewalDecision.None, new DateOnly(2027, 1, 5), new DateOnly(2026, 12, 31)));
        // Notice effective before the start: the contract never comes into force.
        Assert.Equal(DailyAction.Terminate, Lifecycle.Decide(ContractStatus.Signed, term, RenewalDecision.None, new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)));
        Assert.Equal(DailyAction.Activate, Lifecycle.Decide(ContractStatus.Signed, term, RenewalDecision.None, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1)));
        Assert.Equal(DailyAction.None, Lifecycle.Decide(ContractStatus.Terminated, term, RenewalDecision.None, new DateOnly(2027, 1, 5), new DateOnly(2026, 12, 31)));
    }

    [Fact]
    public void The_exit_checklist_opens_when_the_contract_starts_ending()
    {
        Assert.False(ExitChecklist.IsOpen(Records.Active()));
        Assert.True(ExitChecklist.IsOpen(Records.Active(terminatesOn: new DateOnly(2027, 3, 1))));
        Assert.True(ExitChecklist.IsOpen(Records.Active(decision: RenewalDecision.DoNotRenew)));
        Assert.True(ExitChecklist.IsOpen(Records.Active(status: ContractStatus.Expired)));
        Assert.Equal(["brandUse", "stock", "data"], ExitChecklist.ItemsOf(Records.Active()).Select(i => i.Item));
    }
}
