namespace SwarmNet.Modules.Royalties.Statements;

/// <summary>One line as the engine computed it; <see cref="Detail"/> holds the figures that explain it (JSON).</summary>
internal sealed record ComputedLine(string Kind, string Label, string Account, decimal? Base, decimal Amount, string? Detail);

/// <summary>One period of an agreement as the engine computed it, under the terms version in force on its start.</summary>
internal sealed record ComputedPeriod(
    DateOnly Start, DateOnly End, int RoyaltyYear, bool Declared, int? DeclarationVersion, int TermsVersion, decimal VatRate,
    IReadOnlyList<ComputedLine> Lines, decimal ExclVat, decimal Vat)
{
    public decimal InclVat => ExclVat + Vat;
}

/// <summary>A period's current declaration: revenue by category (empty for "no activity") and its version.</summary>
internal sealed record DeclaredRevenue(DateOnly Start, IReadOnlyDictionary<string, decimal> Revenue, int Version);
