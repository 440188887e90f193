using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Royalties.Contracts.Agreements;

/// <summary>The agreements the actor's organisations are party to; filters by network and structure.</summary>
public sealed record ListAgreements(Guid? NetworkId = null, Guid? StructureId = null, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<AgreementDto>>;

/// <summary>One agreement with its terms versions, for both parties.</summary>
public sealed record GetAgreement(Guid Id) : IQuery<AgreementDto>;

/// <summary>An agreement with its billing settings and the terms versions it computes with.</summary>
public sealed record AgreementDto(
    Guid Id, string ContractKind, Guid GrantorOrganizationId, string GrantorName, Guid StructureOrganizationId, string StructureName, Guid? NetworkId, string Brand, DateOnly EffectiveDate,
    DateOnly? EndDate, string Status, DateOnly? EndedOn, string VatRegime, decimal? LateInterestRate, int PaymentDays, int DeclarationDueDays,
    IReadOnlyList<TermsVersionDto> TermsVersions);

public sealed record TermsVersionDto(int Number, DateOnly AppliesFrom, RoyaltyTerms Terms);

/// <summary>Per-contract VAT: the standard rate of the terms, or exempt ("TVA non applicable, art. 293 B du CGI").</summary>
public static class VatRegimes
{
    public const string Standard = "standard";
    public const string Exempt = "exempt";
    public const string ExemptionMention = "TVA non applicable, art. 293 B du CGI";
}
