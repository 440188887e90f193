namespace SwarmNet.BuildingBlocks.ContractLifecycle;

/// <summary>What the daily job does with one contract today.</summary>
public enum DailyAction
{
    None,
    Activate,
    Renew,
    Expire,

    /// <summary>Notice was given for a date that has come.</summary>
    Terminate,
}

/// <summary>The lifecycle rules, pure so every contract module applies the same ones and tests them without a database.</summary>
public static class Lifecycle
{
    private static readonly Dictionary<ContractStatus, ContractStatus[]> Moves = new()
    {
        [ContractStatus.Draft] = [ContractStatus.Signed],
        [ContractStatus.Signed] = [ContractStatus.Active, ContractStatus.Terminated],
        [ContractStatus.Active] = [ContractStatus.Suspended, ContractStatus.Terminated, ContractStatus.Expired],
        [ContractStatus.Suspended] = [ContractStatus.Active, ContractStatus.Terminated, ContractStatus.Expired],
        [ContractStatus.Terminated] = [],
        [ContractStatus.Expired] = [],
    };

    public static bool CanMove(ContractStatus from, ContractStatus to) => Moves[from].Contains(to);

    /// <summary>Only drafts are edited; a running contract changes through a numbered amendment (avenant).</summary>
    public static bool IsEditable(ContractStatus status) => status == ContractStatus.Draft;

    public static bool IsAmendable(ContractStatus status) => status is ContractStatus.Active or ContractStatus.Suspended;

    /// <summary>Signing makes the contract active at once when its effective date is today or past.</summary>
    public static ContractStatus StatusAfterSigning(ContractTerm term, DateOnly today) =>
        term.EffectiveDate <= today ? ContractStatus.Active : ContractStatus.Signed;

    /// <summary>
    /// The daily job's decision, safe to ask twice: a signed contract whose date came is activated (unless notice ends it
    /// first); one whose notice date came is terminated; a running one past its end renews (tacitly unless refused, or
    /// when renewal was decided) or expires. Notice is never dated after the end, so it always comes first.
    /// </summary>
    public static DailyAction Decide(ContractStatus status, ContractTerm term, RenewalDecision decision, DateOnly today, DateOnly? terminatesOn = null)
    {
        if (status == ContractStatus.Signed && term.EffectiveDate <= today && !(terminatesOn <= term.EffectiveDate))
            return DailyAction.Activate;
        if (status is ContractStatus.Signed or ContractStatus.Active or ContractStatus.Suspended && terminatesOn <= today)
            return DailyAction.Terminate;
        if (status is not (ContractStatus.Active or ContractStatus.Suspended) || term.EndDate is not { } end || today <= end)
            return DailyAction.None;
        var renews = decision == RenewalDecision.Renew || (term.TacitRenewal && decision != RenewalDecision.DoNotRenew);
        return renews ? DailyAction.Renew : DailyAction.Expire;
    }
}
