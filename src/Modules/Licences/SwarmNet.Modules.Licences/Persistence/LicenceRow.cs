using SwarmNet.ContractKernel.Exit;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Licences.Persistence;

/// <summary>One row of licences_licences, as Dapper reads it.</summary>
internal sealed class LicenceRow
{
    public Guid Id { get; init; }
    public Guid GrantorOrganizationId { get; init; }
    public string GrantorName { get; init; } = "";
    public Guid LicenseeOrganizationId { get; init; }
    public string LicenseeName { get; init; } = "";
    public Guid? NetworkId { get; init; }
    public Guid? CandidacyId { get; init; }
    public string BrandName { get; init; } = "";
    public string? BrandInpiNumber { get; init; }
    public string BrandNiceClasses { get; init; } = "[]";
    public string BrandActivities { get; init; } = "[]";
    public string TerritoryCommunes { get; init; } = "[]";
    public string TerritoryDepartments { get; init; } = "[]";
    public string? TerritoryDescription { get; init; }
    public bool Exclusive { get; init; }
    public bool SublicensingAllowed { get; init; }
    public string? RoyaltyTerms { get; init; }
    public string ObligationTerms { get; init; } = "[]";
    public string? ExitTerms { get; init; }
    public DateOnly EffectiveDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public bool TacitRenewal { get; init; }
    public int RenewalMonths { get; init; }
    public int NoticeDays { get; init; }
    public RenewalDecision RenewalDecision { get; init; }
    public ContractStatus Status { get; init; }
    public DateTimeOffset? SignedAt { get; init; }
    public DateOnly? ActivatedOn { get; init; }
    public DateOnly? SuspendedOn { get; init; }
    public string? SuspensionReason { get; init; }
    public DateOnly? EndedOn { get; init; }
    public string? TerminationGround { get; init; }
    public Guid? TerminatedById { get; init; }
    public string? TerminatedByName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public int Version { get; init; }

    public ContractTerm Term => new(EffectiveDate, EndDate, TacitRenewal, RenewalMonths, NoticeDays);

    public Territory Territory => new(ContractJson.Read<string[]>(TerritoryCommunes), ContractJson.Read<string[]>(TerritoryDepartments), TerritoryDescription);

    public LicenceContent Content => new(
        new LicensedBrand(BrandName, BrandInpiNumber, ContractJson.Read<int[]>(BrandNiceClasses), ContractJson.Read<string[]>(BrandActivities)),
        Territory, Exclusive, SublicensingAllowed, Term,
        ContractJson.ReadOrNull<RoyaltyTerms>(RoyaltyTerms), ContractJson.Read<ObligationTerm[]>(ObligationTerms), ContractJson.ReadOrNull<ExitTerms>(ExitTerms));

    public const string Columns = """
        l.id, l.grantor_organization_id, l.grantor_name, l.licensee_organization_id, l.licensee_name, l.network_id, l.candidacy_id,
        l.brand_name, l.brand_inpi_number, l.brand_nice_classes, l.brand_activities,
        l.territory_communes, l.territory_departments, l.territory_description, l.exclusive, l.sublicensing_allowed,
        l.royalty_terms, l.obligation_terms, l.exit_terms, l.effective_date, l.end_date, l.tacit_renewal, l.renewal_months, l.notice_days,
        l.renewal_decision, l.status, l.signed_at, l.activated_on, l.suspended_on, l.suspension_reason, l.ended_on,
        l.termination_ground, l.terminated_by_id, l.terminated_by_name, l.created_at, l.updated_at, l.version
        """;

    /// <summary>Seen by the grantor's and the licensee's members and platform admins; needs @All and @OrgIds.</summary>
    public const string Visible = "(@All = 1 OR l.grantor_organization_id IN @OrgIds OR l.licensee_organization_id IN @OrgIds)";
}
