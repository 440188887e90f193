using FluentValidation;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Reading;

/// <summary>A page of the partnerships the actor is a partner of (all, for a platform admin); filters: status, a partner, a network.</summary>
internal sealed record ListPartnerships(ContractStatus? Status = null, Guid? OrganizationId = null, Guid? NetworkId = null,
    int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize) : IQuery<PagedResult<PartnershipSummaryDto>>;

internal sealed class ListPartnershipsValidator : AbstractValidator<ListPartnerships>
{
    public ListPartnershipsValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Status).IsInEnum();
    }
}

internal sealed class ListPartnershipsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListPartnerships, PagedResult<PartnershipSummaryDto>>
{
    public async Task<PagedResult<PartnershipSummaryDto>> Handle(ListPartnerships request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor.Current);
        var filter = new
        {
            All = all, OrgIds = orgIds, Status = request.Status?.ToString(), Organization = request.OrganizationId, request.NetworkId,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<SummaryRow>(PageSql, filter, cancellationToken);
        return new PagedResult<PartnershipSummaryDto>(rows.Select(r => r.ToDto()).ToList(), request.Page, request.PageSize, total);
    }

    private const string Where = " WHERE " + PartnershipVisibility.Condition + """

          AND (@Status IS NULL OR c.status = @Status)
          AND (@Organization IS NULL OR EXISTS (SELECT 1 FROM partnerships_partners f WHERE f.contract_id = c.id AND f.organization_id = @Organization))
          AND (@NetworkId IS NULL OR c.network_id = @NetworkId)
        """;

    internal const string CountSql = "SELECT COUNT(*) FROM partnerships_contracts c" + Where;

    internal const string PageSql = """
        SELECT c.id, c.title, c.grantor_organization_id AS lead_organization_id, c.grantor_name AS lead_name, c.structure_organization_id, c.structure_name,
               c.network_id, (SELECT COUNT(*) FROM partnerships_partners n WHERE n.contract_id = c.id) AS partners, c.status, c.effective_date, c.end_date, c.version
        FROM partnerships_contracts c
        """ + Where + " ORDER BY c.effective_date DESC, c.id DESC {{PAGE}}";

    private sealed class SummaryRow
    {
        public Guid Id { get; init; }
        public string Title { get; init; } = "";
        public Guid LeadOrganizationId { get; init; }
        public string LeadName { get; init; } = "";
        public Guid StructureOrganizationId { get; init; }
        public string StructureName { get; init; } = "";
        public Guid? NetworkId { get; init; }
        public int Partners { get; init; }
        public ContractStatus Status { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public DateOnly? EndDate { get; init; }
        public int Version { get; init; }

        public PartnershipSummaryDto ToDto() => new(Id, Title, LeadOrganizationId, LeadName, StructureOrganizationId, StructureName, NetworkId, Partners, Status,
            Glossary.Of(Status, PartnershipKind.Info.Noun.Feminine), EffectiveDate, EndDate, Version);
    }
}
