using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Simulation;

internal static class AccountNames
{
    public static string Of(Account account) => account switch
    {
        Account.Royalty => RoyaltyVocabulary.RoyaltyAccount,
        Account.Marketing => RoyaltyVocabulary.MarketingAccount,
        _ => RoyaltyVocabulary.FeeAccount,
    };
}
