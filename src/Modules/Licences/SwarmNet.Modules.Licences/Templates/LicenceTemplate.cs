using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Templates;

/// <summary>A network head's standard licence: brand, royalty terms, obligations, exit terms. Territory and term are per licence.</summary>
internal sealed record LicenceTemplateDto(
    Guid Id, Guid GrantorOrganizationId, string Name, LicensedBrand Brand, RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm> ObligationTerms,
    ExitTerms? ExitTerms, DateTimeOffset CreatedAt, string CreatedBy);

internal sealed class TemplateRow
{
    public Guid Id { get; init; }
    public Guid GrantorOrganizationId { get; init; }
    public string Name { get; init; } = "";
    public string BrandName { get; init; } = "";
    public string? BrandInpiNumber { get; init; }
    public string BrandNiceClasses { get; init; } = "[]";
    public string BrandActivities { get; init; } = "[]";
    public string? RoyaltyTerms { get; init; }
    public string ObligationTerms { get; init; } = "[]";
    public string? ExitTerms { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedByName { get; init; } = "";

    public LicenceTemplateDto ToDto() => new(Id, GrantorOrganizationId, Name,
        new LicensedBrand(BrandName, BrandInpiNumber, ContractJson.Read<int[]>(BrandNiceClasses), ContractJson.Read<string[]>(BrandActivities)),
        ContractJson.ReadOrNull<RoyaltyTerms>(RoyaltyTerms), ContractJson.Read<ObligationTerm[]>(ObligationTerms), ContractJson.ReadOrNull<ExitTerms>(ExitTerms),
        CreatedAt, CreatedByName);

    public const string Columns = """
        t.id, t.grantor_organization_id, t.name, t.brand_name, t.brand_inpi_number, t.brand_nice_classes, t.brand_activities,
        t.royalty_terms, t.obligation_terms, t.exit_terms, t.created_at, t.created_by_name
        """;
}
