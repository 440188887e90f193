namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>
/// The royalty terms of one contract, in the JSON shape of docs "royalty-rules" section 2.
/// Every field is nullable so that a missing value reaches <see cref="RoyaltyTermsValidator"/>
/// and comes back as a field error instead of failing deserialisation.
/// </summary>
public sealed record RoyaltyTerms
{
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Inclusive; absent means open-ended.</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>monthly, quarterly or annual (<see cref="RoyaltyVocabulary"/>).</summary>
    public string? Periodicity { get; init; }

    /// <summary>contract or calendar (<see cref="RoyaltyVocabulary"/>).</summary>
    public string? RoyaltyYear { get; init; }

    public decimal? VatRate { get; init; }

    public IReadOnlyList<RoyaltyComponentTerms>? Components { get; init; }

    public IReadOnlyList<RampUpStep>? RampUp { get; init; }

    public AnnualMinimumTerms? AnnualMinimum { get; init; }

    public decimal? AnnualCap { get; init; }
}
