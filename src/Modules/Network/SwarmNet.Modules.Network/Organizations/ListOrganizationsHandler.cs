using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Organizations;

namespace SwarmNet.Modules.Network.Organizations;

internal sealed class ListOrganizationsValidator : AbstractValidator<ListOrganizations>
{
    public ListOrganizationsValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Search).MaximumLength(200);
        RuleFor(q => q.Sort)
            .Must(s => s is null || ListOrganizationsHandler.OrderBy.ContainsKey(s))
            .WithMessage(_ => Text.T("Tri possible : name, city, createdAt (préfixe « - » pour décroissant).",
                "Sort by name, city or createdAt ('-' prefix for descending)."));
    }
}

internal sealed class ListOrganizationsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListOrganizations, PagedResult<OrganizationDto>>
{
    // A whitelist, so the sort key never reaches SQL as user text; id breaks ties for stable pages.
    internal static readonly IReadOnlyDictionary<string, string> OrderBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["name"] = "name ASC, id ASC", ["-name"] = "name DESC, id DESC",
        ["city"] = "city ASC, name ASC, id ASC", ["-city"] = "city DESC, name DESC, id DESC",
        ["createdAt"] = "created_at ASC, id ASC", ["-createdAt"] = "created_at DESC, id DESC",
    };

    public async Task<PagedResult<OrganizationDto>> Handle(ListOrganizations request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = OrganizationVisibility.Parameters(actor.Current);
        var filter = new
        {
            All = all,
            OrgIds = orgIds,
            Kind = request.Kind?.ToString(),
            Pattern = SqlLike.Contains(request.Search),
            Skip = PageDefaults.Skip(request.Page, request.PageSize),
            Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<OrganizationRow>(PageSql.Replace("{{ORDER}}", OrderBy[request.Sort ?? "name"], StringComparison.Ordinal), filter, cancellationToken);
        return new PagedResult<OrganizationDto>(rows.Select(r => r.ToDto()).ToList(), request.Page, request.PageSize, total);
    }

    private const string Where = " WHERE (@Kind IS NULL OR kind = @Kind) AND (@Pattern IS NULL OR name LIKE @Pattern" + SqlLike.Escape + ") AND "
                                 + OrganizationVisibility.Filter;

    internal const string CountSql = "SELECT COUNT(*) FROM network_organizations o" + Where;

    internal const string PageSql = "SELECT " + OrganizationRow.Columns + " FROM network_organizations o" + Where + " ORDER BY {{ORDER}} {{PAGE}}";
}
