using FluentValidation;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Affiliations.Persistence;

namespace SwarmNet.Modules.Affiliations.Reading;

/// <summary>A page of the agreements the actor is party to (a network head's, or a structure's across its networks), newest first.</summary>
internal sealed record ListAffiliations(
    ContractStatus? Status = null, Guid? NetworkId = null, Guid? StructureId = null, int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize)
    : IQuery<PagedResult<AffiliationSummaryDto>>;

internal sealed class ListAffiliationsValidator : AbstractValidator<ListAffiliations>
{
    public ListAffiliationsValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Status).IsInEnum();
    }
}

internal sealed class ListAffiliationsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListAffiliations, PagedResult<AffiliationSummaryDto>>
{
    public async Task<PagedResult<AffiliationSummaryDto>> Handle(ListAffiliations request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor.Current);
        var filter = new
        {
            All = all, OrgIds = orgIds, Status = request.Status?.ToString(), request.NetworkId, request.StructureId,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<Line>(PageSql, filter, cancellationToken);
        return new PagedResult<AffiliationSummaryDto>(rows.Select(r => r.Dto).ToList(), request.Page, request.PageSize, total);
    }

    /// <summary>A class, not a positional record: Dapper applies the Guid and date handlers to properties only.</summary>
    private sealed class Line
    {
        public Guid Id { get; init; }
        public int Version { get; init; }
        public ContractStatus Status { get; init; }
        public Guid GrantorOrganizationId { get; init; }
        public string GrantorName { get; init; } = "";
        public Guid GranteeOrganizationId { get; init; }
        public string GranteeName { get; init; } = "";
        public Guid NetworkId { get; init; }
        public string NetworkName { get; init; } = "";
        public bool Exclusive { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public DateOnly? EndDate { get; init; }

        public AffiliationSummaryDto Dto => new(Id, Version, Status, new PartyDto(GrantorOrganizationId, GrantorName),
            new PartyDto(GranteeOrganizationId, GranteeName), NetworkId, NetworkName, Exclusive, EffectiveDate, EndDate);
    }

    private const string Filter = " WHERE " + AffiliationRecord.VisibleFilter + """

          AND (@Status IS NULL OR c.status = @Status) AND (@NetworkId IS NULL OR c.network_id = @NetworkId)
          AND (@StructureId IS NULL OR c.grantee_organization_id = @StructureId)
        """;

    internal const string CountSql = "SELECT COUNT(*) FROM affiliations_contracts c" + Filter;

    internal const string PageSql = """
        SELECT c.id, c.version, c.status, c.grantor_organization_id, c.grantor_name, c.grantee_organization_id, c.grantee_name, c.network_id, c.network_name,
               c.exclusive, c.effective_date, c.end_date
        FROM affiliations_contracts c
        """ + Filter + " ORDER BY c.created_at DESC, c.id DESC {{PAGE}}";
}
