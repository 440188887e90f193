using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Contracts.Overview;

/// <summary>The accounts a statement line is booked to, as the glossary names them.</summary>
public static class RoyaltyAccounts
{
    public const string LateInterest = "lateInterest";
    public const string RecoveryIndemnity = "recoveryIndemnity";

    /// <summary>Display order: the terms' accounts, then late-payment charges.</summary>
    public static readonly string[] All =
        [RoyaltyVocabulary.RoyaltyAccount, RoyaltyVocabulary.MarketingAccount, RoyaltyVocabulary.FeeAccount, LateInterest, RecoveryIndemnity];

    public static string Label(string account) => account switch
    {
        RoyaltyVocabulary.RoyaltyAccount => Text.T("Redevance", "Royalty"),
        RoyaltyVocabulary.MarketingAccount => Text.T("Fonds de communication", "Marketing fund"),
        RoyaltyVocabulary.FeeAccount => Text.T("Droits et frais", "Fees"),
        LateInterest => Text.T("Pénalités de retard", "Late-payment interest"),
        RecoveryIndemnity => Text.T("Indemnité de recouvrement", "Recovery indemnity"),
        _ => account,
    };
}
