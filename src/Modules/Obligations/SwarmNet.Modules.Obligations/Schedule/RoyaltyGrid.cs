using SwarmNet.Modules.Royalties.Contracts.Periods;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Obligations.Schedule;

/// <summary>What an afterPeriodEnd schedule needs of the royalty terms: the period length and the kind of royalty year.</summary>
internal readonly record struct RoyaltyGrid(int MonthsPerPeriod, bool CalendarYear)
{
    /// <summary>Null unless both words are known (the validator reports them otherwise).</summary>
    public static RoyaltyGrid? From(string? periodicity, string? royaltyYear) =>
        RoyaltyPeriods.MonthsPerPeriod(periodicity) is { } months && royaltyYear is RoyaltyVocabulary.ContractYear or RoyaltyVocabulary.CalendarYear
            ? new RoyaltyGrid(months, royaltyYear == RoyaltyVocabulary.CalendarYear)
            : null;
}
