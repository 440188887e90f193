using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Web.Shared;

namespace SwarmNet.Web.Pages.Contracts;

/// <summary>A royalty component in a sentence: "5 % du chiffre d'affaires HT (livraison)", "150,00 € par période".</summary>
public static class TermsText
{
    public static string Component(RoyaltyComponentTerms c)
    {
        var on = c.Categories is { Count: > 0 } categories ? $" ({string.Join(", ", categories)})" : "";
        return c.Type switch
        {
            RoyaltyVocabulary.Percentage => Text.T($"{Amounts.Percent(c.Rate ?? 0m)} du chiffre d'affaires HT{on}", $"{Amounts.Percent(c.Rate ?? 0m)} of revenue excl. VAT{on}"),
            RoyaltyVocabulary.Tiered => Text.T($"barème par tranches{on}", $"tiered scale{on}"),
            RoyaltyVocabulary.Fixed => Text.T($"{Amounts.Euros(c.Amount ?? 0m)} par période", $"{Amounts.Euros(c.Amount ?? 0m)} per period"),
            RoyaltyVocabulary.OneOff => Text.T($"{Amounts.Euros(c.Amount ?? 0m)} le {Dates.Short(c.Date)}", $"{Amounts.Euros(c.Amount ?? 0m)} on {Dates.Short(c.Date)}"),
            _ => "",
        };
    }
}
