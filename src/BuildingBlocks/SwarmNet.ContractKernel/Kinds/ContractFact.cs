namespace SwarmNet.ContractKernel.Kinds;

/// <summary>What happened to a contract, for the module to announce in its own events (licences.licence-activated.v1…).</summary>
public abstract record ContractFact
{
    /// <summary>In force since <see cref="On"/>, its effective date, even when signed later.</summary>
    public sealed record Activated(DateOnly On) : ContractFact;

    public sealed record Suspended(DateOnly On, string Reason) : ContractFact;

    public sealed record Resumed(DateOnly On) : ContractFact;

    /// <summary>Ended on <see cref="On"/>, the day notice took effect.</summary>
    public sealed record Terminated(DateOnly On, string Ground, string DecidedBy) : ContractFact;

    /// <summary>Reached its end; <see cref="EndedOn"/> is the last day covered.</summary>
    public sealed record Expired(DateOnly EndedOn) : ContractFact;

    public sealed record Renewed(DateOnly PreviousEnd, DateOnly NewEnd) : ContractFact;

    /// <summary>Signed by every party: its terms (JSON, null when unchanged) apply from <see cref="EffectiveDate"/>.</summary>
    public sealed record Amended(int Number, DateOnly EffectiveDate, string Summary, string? RoyaltyTerms, string? ObligationTerms) : ContractFact;
}
