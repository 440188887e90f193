namespace SwarmNet.Modules.Royalties.Agreements;

/// <summary>An agreement row and its terms versions, as the published <see cref="AgreementDto"/>.</summary>
internal static class AgreementDtos
{
    public static AgreementDto From(AgreementRow a, IEnumerable<TermsVersion> versions) => new(
        a.Id, a.ContractKind, a.GrantorOrganizationId, a.GrantorName, a.StructureOrganizationId, a.StructureName, a.NetworkId, a.Brand, a.EffectiveDate, a.EndDate, a.Status,
        a.EndedOn, a.VatExempt ? VatRegimes.Exempt : VatRegimes.Standard,
        a.LateInterestRate is { } rate ? decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture) : null,
        a.PaymentDays, a.DeclarationDueDays, [.. versions.Select(v => new TermsVersionDto(v.Number, v.AppliesFrom, v.Parsed))]);
}
