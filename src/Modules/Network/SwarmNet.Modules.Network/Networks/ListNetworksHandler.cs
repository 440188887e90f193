using System.Text.Json;
using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Organizations;

namespace SwarmNet.Modules.Network.Networks;

internal sealed class ListNetworksValidator : AbstractValidator<ListNetworks>
{
    public ListNetworksValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class ListNetworksHandler(DbSession db, ActorContext actor) : IRequestHandler<ListNetworks, PagedResult<NetworkSummaryDto>>
{
    private sealed class Row
    {
        public Guid Id { get; init; }
        public Guid OwnerOrganizationId { get; init; }
        public string OwnerName { get; init; } = "";
        public string Name { get; init; } = "";
        public string Brands { get; init; } = "[]";
        public int OpenCandidacies { get; init; }
    }

    public async Task<PagedResult<NetworkSummaryDto>> Handle(ListNetworks request, CancellationToken cancellationToken)
    {
        var (all, orgIds) = OrganizationVisibility.Parameters(actor.Current);
        var filter = new
        {
            All = all, OrgIds = orgIds,
            Pattern = SqlLike.Contains(request.Search),
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<Row>(PageSql, filter, cancellationToken);
        var items = rows.Select(r => new NetworkSummaryDto(r.Id, r.OwnerOrganizationId, r.OwnerName, r.Name,
            JsonSerializer.Deserialize<string[]>(r.Brands) ?? [], r.OpenCandidacies)).ToList();
        return new PagedResult<NetworkSummaryDto>(items, request.Page, request.PageSize, total);
    }

    private const string Where = " WHERE (@Pattern IS NULL OR n.name LIKE @Pattern" + SqlLike.Escape + ") AND " + NetworkVisibility.Filter;

    internal const string CountSql = "SELECT COUNT(*) FROM network_networks n" + Where;

    /// <summary>The count covers only the candidacies the actor may see: a structure counts its own, never its neighbours'.</summary>
    internal const string PageSql = """
        SELECT n.id, n.owner_organization_id, o.name AS owner_name, n.name, n.brands,
               (SELECT COUNT(*) FROM network_candidacies c WHERE c.network_id = n.id
                  AND c.stage IN ('Lead', 'Qualification', 'Readiness', 'Contracting') AND
        """ + CandidacyRow.Visible + """
        ) AS open_candidacies
        FROM network_networks n JOIN network_organizations o ON o.id = n.owner_organization_id
        """ + Where + " ORDER BY n.name, n.id {{PAGE}}";
}
