using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Persistence;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Templates;

/// <summary>A network head's standard agreement: the signs and services it grants, its fees, commitments and exit terms. Term and exclusivity are per agreement.</summary>
internal sealed record AffiliationTemplateDto(
    Guid Id, Guid GrantorOrganizationId, string Name, IReadOnlyList<DistinctiveSign> DistinctiveSigns, IReadOnlyList<NetworkService> Services,
    RoyaltyTerms? RoyaltyTerms, IReadOnlyList<ObligationTerm> ObligationTerms, ExitTerms? ExitTerms, DateTimeOffset CreatedAt, string CreatedBy);

internal sealed class TemplateColumns
{
    public Guid Id { get; init; }
    public Guid GrantorOrganizationId { get; init; }
    public string Name { get; init; } = "";
    public string DistinctiveSigns { get; init; } = "[]";
    public string Services { get; init; } = "[]";
    public string? RoyaltyTerms { get; init; }
    public string ObligationTerms { get; init; } = "[]";
    public string? ExitTerms { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedByName { get; init; } = "";

    public AffiliationTemplateDto Dto => new(Id, GrantorOrganizationId, Name, ContractJson.Read<DistinctiveSign[]>(DistinctiveSigns),
        ContractJson.Read<NetworkService[]>(Services), ContractJson.ReadOrNull<RoyaltyTerms>(RoyaltyTerms), ContractJson.Read<ObligationTerm[]>(ObligationTerms),
        ContractJson.ReadOrNull<ExitTerms>(ExitTerms), CreatedAt, CreatedByName);

    public const string SelectSql = """
        SELECT t.id, t.grantor_organization_id, t.name, t.distinctive_signs, t.services, t.royalty_terms, t.obligation_terms, t.exit_terms,
               t.created_at, t.created_by_name
        FROM affiliations_templates t
        """;

    public const string ByIdSql = SelectSql + " WHERE t.id = @Id";
}
