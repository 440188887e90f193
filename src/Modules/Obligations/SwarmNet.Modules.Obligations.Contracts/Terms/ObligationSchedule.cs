namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>
/// When an obligation falls due. One flat shape for the five kinds keeps the JSON as the spec writes it; which
/// fields a kind uses is checked by <see cref="ObligationTermsValidator"/>.
/// </summary>
public sealed record ObligationSchedule
{
    /// <summary>once, monthly, quarterly, annually or afterPeriodEnd.</summary>
    public string? Kind { get; init; }

    /// <summary>once: a fixed date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>once: days after the contract's effective date.</summary>
    public int? DaysAfterEffective { get; init; }

    /// <summary>monthly (1–31, clamped to the month's end) and annually (with <see cref="Month"/>).</summary>
    public int? Day { get; init; }

    /// <summary>quarterly: 0–90.</summary>
    public int? DaysAfterQuarterEnd { get; init; }

    /// <summary>annually: 1–12, with <see cref="Day"/>.</summary>
    public int? Month { get; init; }

    /// <summary>annually: each anniversary of the effective date instead of a month and day.</summary>
    public bool? Anniversary { get; init; }

    /// <summary>afterPeriodEnd: 0–90 days after each royalty period's end.</summary>
    public int? Days { get; init; }
}
