using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>Running sums over lines by account, and over the periods' billed VAT and totals.</summary>
internal sealed class AccountTotals
{
    private decimal royalty;
    private decimal marketing;
    private decimal fee;
    private decimal vat;
    private decimal inclVat;

    public decimal Revenue { get; set; }

    public void Add(string account, decimal amount)
    {
        switch (account)
        {
            case RoyaltyVocabulary.RoyaltyAccount: royalty += amount; break;
            case RoyaltyVocabulary.MarketingAccount: marketing += amount; break;
            default: fee += amount; break;
        }
    }

    public void AddBilled(decimal periodExclVat, decimal periodVat)
    {
        vat += periodVat;
        inclVat += periodExclVat + periodVat;
    }

    public SimulationTotals ToTotals() =>
        new(new AccountAmounts(royalty, marketing, fee), royalty + marketing + fee, vat, inclVat);

    /// <summary>The effective rate reads the royalty account against revenue, to four decimals.</summary>
    public SimulatedYear ToYear(int number, DateOnly start, DateOnly end) => new(
        number,
        start,
        end,
        Revenue,
        new AccountAmounts(royalty, marketing, fee),
        Revenue == 0m ? null : Math.Round(royalty / Revenue, 4, MidpointRounding.AwayFromZero));
}
