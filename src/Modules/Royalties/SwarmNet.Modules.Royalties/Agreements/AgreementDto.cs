using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>An agreement with its billing settings and the terms versions it computes with.</summary>
internal sealed record AgreementDto(
    Guid Id, string ContractKind, Guid GrantorOrganizationId, string GrantorName, Guid StructureOrganizationId, string StructureName, Guid? NetworkId, string Brand, DateOnly EffectiveDate,
    DateOnly? EndDate, string Status, DateOnly? EndedOn, string VatRegime, decimal? LateInterestRate, int PaymentDays, int DeclarationDueDays,
    IReadOnlyList<TermsVersionDto> TermsVersions)
{
    public static AgreementDto From(AgreementRow a, IEnumerable<TermsVersion> versions) => new(
        a.Id, a.ContractKind, a.GrantorOrganizationId, a.GrantorName, a.StructureOrganizationId, a.StructureName, a.NetworkId, a.Brand, a.EffectiveDate, a.EndDate, a.Status,
        a.EndedOn, a.VatExempt ? VatRegimes.Exempt : VatRegimes.Standard,
        a.LateInterestRate is { } rate ? decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) : null,
        a.PaymentDays, a.DeclarationDueDays, [.. versions.Select(v => new TermsVersionDto(v.Number, v.AppliesFrom, v.Parsed))]);
}

internal sealed record TermsVersionDto(int Number, DateOnly AppliesFrom, RoyaltyTerms Terms);

/// <summary>Per-contract VAT: the standard rate of the terms, or exempt ("TVA non applicable, art. 293 B du CGI").</summary>
internal static class VatRegimes
{
    public const string Standard = "standard";
    public const string Exempt = "exempt";
    public const string ExemptionMention = "TVA non applicable, art. 293 B du CGI";
}
