using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.ContractLifecycle;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Licences.Domain;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Reading;

/// <summary>
/// A page of the licences the actor may see. Filters: status, licensee structure, brand (whole name, any case),
/// and running licences ending within <see cref="EndingWithinDays"/> days from today.
/// </summary>
internal sealed record ListLicences(
    ContractStatus? Status = null, Guid? StructureId = null, string? Brand = null, int? EndingWithinDays = null,
    int Page = PageDefaults.Page, int PageSize = PageDefaults.PageSize) : IQuery<PagedResult<LicenceSummaryDto>>;

internal sealed class ListLicencesValidator : AbstractValidator<ListLicences>
{
    public ListLicencesValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Brand).MaximumLength(150);
        RuleFor(q => q.EndingWithinDays).InclusiveBetween(0, 3660);
    }
}

internal sealed class ListLicencesHandler(DbSession db, ActorContext actor, TimeProvider clock)
    : IRequestHandler<ListLicences, PagedResult<LicenceSummaryDto>>
{
    public async Task<PagedResult<LicenceSummaryDto>> Handle(ListLicences request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = ContractAccess.Parameters(actor.Current);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var filter = new
        {
            All = all, OrgIds = orgIds, Status = request.Status?.ToString(), request.StructureId,
            BrandKey = string.IsNullOrWhiteSpace(request.Brand) ? null : LicensedBrand.KeyOf(request.Brand),
            Today = today, EndingBy = request.EndingWithinDays is { } days ? today.AddDays(days) : (DateOnly?)null,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<SummaryRow>(PageSql, filter, cancellationToken);
        return new PagedResult<LicenceSummaryDto>(rows.Select(r => r.ToDto()).ToList(), request.Page, request.PageSize, total);
    }

    private const string Where = " WHERE " + LicenceRow.Visible + """

          AND (@Status IS NULL OR l.status = @Status)
          AND (@StructureId IS NULL OR l.licensee_organization_id = @StructureId)
          AND (@BrandKey IS NULL OR l.brand_key = @BrandKey)
          AND (@EndingBy IS NULL OR (l.status IN ('Signed', 'Active', 'Suspended') AND l.end_date >= @Today AND l.end_date <= @EndingBy))
        """;

    internal const string CountSql = "SELECT COUNT(*) FROM licences_licences l" + Where;

    internal const string PageSql = """
        SELECT l.id, l.grantor_organization_id, l.grantor_name, l.licensee_organization_id, l.licensee_name, l.brand_name AS brand,
               l.status, l.exclusive, l.effective_date, l.end_date, l.version
        FROM licences_licences l
        """ + Where + " ORDER BY l.effective_date DESC, l.id DESC {{PAGE}}";

    private sealed class SummaryRow
    {
        public Guid Id { get; init; }
        public Guid GrantorOrganizationId { get; init; }
        public string GrantorName { get; init; } = "";
        public Guid LicenseeOrganizationId { get; init; }
        public string LicenseeName { get; init; } = "";
        public string Brand { get; init; } = "";
        public ContractStatus Status { get; init; }
        public bool Exclusive { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public DateOnly? EndDate { get; init; }
        public int Version { get; init; }

        public LicenceSummaryDto ToDto() => new(Id, GrantorOrganizationId, GrantorName, LicenseeOrganizationId, LicenseeName, Brand, Status,
            Exclusive, EffectiveDate, EndDate, Version);
    }
}
