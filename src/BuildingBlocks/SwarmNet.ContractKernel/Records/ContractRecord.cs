using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Parties;

namespace SwarmNet.ContractKernel.Records;

/// <summary>The kernel's columns of a contract row, whatever the module: parties, term, terms, status and its dates.</summary>
public sealed class ContractRecord
{
    public Guid Id { get; init; }
    public Guid GrantorOrganizationId { get; init; }
    public string GrantorName { get; init; } = "";
    public Guid GranteeOrganizationId { get; init; }
    public string GranteeName { get; init; } = "";
    public Guid? NetworkId { get; init; }
    public Guid? CandidacyId { get; init; }
    public bool Exclusive { get; init; }
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
    public ContractParty? TerminatedByParty { get; init; }
    public DateOnly? TerminatesOn { get; init; }
    public DateOnly? NoticeGivenOn { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Version { get; init; }

    public ContractTerm Term => new(EffectiveDate, EndDate, TacitRenewal, RenewalMonths, NoticeDays);

    public ExitTerms? Exit => ContractJson.ReadOrNull<ExitTerms>(ExitTerms);

    private IReadOnlyList<SigningParty>? _parties;

    /// <summary>The parties that sign, as the kind lists them (<see cref="IContractKind.PartiesAsync"/>); <see cref="ContractStore{TKind}"/> loads them.</summary>
    public IReadOnlyList<SigningParty> Parties
    {
        get => _parties ?? throw new InvalidOperationException($"The parties of contract {Id} were not loaded: load it through ContractStore.");
        internal set => _parties = value;
    }

    /// <summary>The party on the grantor's side: the one that manages the contract.</summary>
    public SigningParty Manager => Parties.First(p => p.Side == ContractParty.Grantor);

    /// <summary>The last day it applies: the day before notice takes effect, the end of its term, or open.</summary>
    public DateOnly? LastDay => Status == ContractStatus.Terminated ? EndedOn?.AddDays(-1)
        : TerminatesOn is { } on ? on.AddDays(-1)
        : Status == ContractStatus.Expired ? EndedOn
        : EndDate;

    /// <summary>The kernel's columns, aliased <c>c</c>; the grantee's through the module's column stem.</summary>
    public const string Columns = """
        c.id, c.grantor_organization_id, c.grantor_name, c.{{GRANTEE}}_organization_id AS grantee_organization_id, c.{{GRANTEE}}_name AS grantee_name,
        c.network_id, c.candidacy_id, c.exclusive, c.royalty_terms, c.obligation_terms, c.exit_terms, c.effective_date, c.end_date,
        c.tacit_renewal, c.renewal_months, c.notice_days, c.renewal_decision, c.status, c.signed_at, c.activated_on, c.suspended_on,
        c.suspension_reason, c.ended_on, c.termination_ground, c.terminated_by_id, c.terminated_by_name, c.terminated_by_party, c.terminates_on,
        c.notice_given_on, c.created_at, c.version
        """;

    /// <summary>Seen by the members of the parties and by platform admins (<see cref="ContractKindInfo.Visible"/>); needs @All and @OrgIds.</summary>
    public const string Visible = "{{VISIBLE}}";
}
