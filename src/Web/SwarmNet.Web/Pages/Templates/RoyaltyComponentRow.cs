using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using static SwarmNet.Modules.Royalties.Contracts.Terms.RoyaltyVocabulary;

namespace SwarmNet.Web.Pages.Templates;

/// <summary>
/// One royalty component as the row editor holds it: its type decides which fields are sent (the others are left out,
/// so the module never sees a field the type does not use). Percentages are typed as % and sent as fractions.
/// </summary>
public sealed class RoyaltyComponentRow
{
    public string Type { get; set; } = Percentage;
    public string? Label { get; set; } = Text.T("Redevance de marque", "Brand royalty");
    public string Account { get; set; } = RoyaltyAccount;
    public decimal? RatePercent { get; set; } = 5m;
    public string Mode { get; set; } = Marginal;
    public List<TierBracketRow> Brackets { get; } = [new() { UpTo = 100_000m, RatePercent = 5m }, new() { RatePercent = 3m }];
    public decimal? Amount { get; set; }
    public decimal? EscalationPercent { get; set; }
    public DateTime? Date { get; set; }

    public RoyaltyComponentTerms ToTerms() => Type switch
    {
        Percentage => Common() with { Rate = RatePercent / 100m },
        Tiered => Common() with { Mode = Mode, Brackets = [.. Brackets.Select(b => b.ToTerms())] },
        Fixed => Common() with { Amount = Amount, EscalationRate = EscalationPercent / 100m },
        OneOff => Common() with { Amount = Amount, Date = Date is { } d ? DateOnly.FromDateTime(d) : null },
        _ => Common(),
    };

    private RoyaltyComponentTerms Common() => new() { Type = Type, Label = Label?.Trim(), Account = Account };
}
