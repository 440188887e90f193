namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>The days a contract covers: [<see cref="EffectiveDate"/>, <see cref="EndDate"/>], the end inclusive; no end = open-ended.</summary>
public readonly record struct ContractCover(DateOnly EffectiveDate, DateOnly? EndDate)
{
    public bool Contains(DateOnly date) => date >= EffectiveDate && (EndDate is not { } end || date <= end);

    /// <summary>The cover's last day, or DateOnly.MaxValue when open-ended.</summary>
    public DateOnly LastDay => EndDate ?? DateOnly.MaxValue;
}
