namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>The words the terms JSON accepts, spelled once.</summary>
public static class RoyaltyVocabulary
{
    public const string Monthly = "monthly";
    public const string Quarterly = "quarterly";
    public const string Annual = "annual";

    public const string ContractYear = "contract";
    public const string CalendarYear = "calendar";

    public const string Percentage = "percentage";
    public const string Tiered = "tiered";
    public const string Fixed = "fixed";
    public const string OneOff = "oneOff";

    public const string Marginal = "marginal";
    public const string Whole = "whole";

    public const string RoyaltyAccount = "royalty";
    public const string MarketingAccount = "marketing";
    public const string FeeAccount = "fee";

    /// <summary>Dates the engine supports: its grid arithmetic must stay far from DateOnly.MaxValue (docs/adr/0010).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestEffectiveDate = new(2999, 12, 31);

    /// <summary>The largest amount or revenue accepted: far above any franchise's figures, far below decimal's limits.</summary>
    public const decimal MaxAmount = 1_000_000_000_000m;
}
