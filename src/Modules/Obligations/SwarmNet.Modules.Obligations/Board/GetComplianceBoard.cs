using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Contracts.Organizations;
using SwarmNet.Modules.Obligations.Contracts.Board;
using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Obligations.Board;

internal sealed class GetComplianceBoardValidator : AbstractValidator<GetComplianceBoard>
{
    public GetComplianceBoardValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        this.AddBoardFilterRules(q => q.ContractKind, q => q.Category);
    }
}

internal sealed class GetComplianceBoardHandler(DbSession db, BoardWindow window, IMediator mediator)
    : IRequestHandler<GetComplianceBoard, PagedResult<ComplianceRow>>
{
    public async Task<PagedResult<ComplianceRow>> Handle(GetComplianceBoard request, CancellationToken cancellationToken)
    {
        var (from, today) = await window.OpenAsync(request.NetworkId, cancellationToken);
        var counts = await db.QueryAsync<Counts>(BoardSql, new
        {
            request.NetworkId, From = from, Today = today, request.ContractKind, request.Category,
        }, cancellationToken);
        var names = await mediator.Send(new GetOrganizationNames(counts.Select(c => c.StructureOrganizationId).ToList()), cancellationToken);
        var rows = counts.Select(c => c.ToRow(names.GetValueOrDefault(c.StructureOrganizationId, "")))
            .OrderBy(r => r.Rate ?? 1m).ThenByDescending(r => r.Overdue).ThenBy(r => r.StructureName, StringComparer.Ordinal).ToList();
        return new PagedResult<ComplianceRow>(rows.Skip(PageDefaults.Skip(request.Page, request.PageSize)).Take(request.PageSize).ToList(),
            request.Page, request.PageSize, rows.Count);
    }

    /// <summary>One pass over the board index: a network's occurrences due in the window, grouped by affiliate.</summary>
    internal const string BoardSql = """
        SELECT o.structure_organization_id AS StructureOrganizationId,
               SUM(CASE WHEN o.state IN ('Submitted', 'Accepted') AND o.submitted_on <= o.due_date THEN 1 ELSE 0 END) AS OnTime,
               SUM(CASE WHEN o.state IN ('Submitted', 'Accepted') AND o.submitted_on > o.due_date THEN 1 ELSE 0 END) AS Late,
               SUM(CASE WHEN o.state IN ('Upcoming', 'Due', 'Rejected', 'Overdue') THEN 1 ELSE 0 END) AS Overdue
        FROM obligations_occurrences o
        WHERE o.network_id = @NetworkId AND o.due_date >= @From AND o.due_date < @Today
          AND (@ContractKind IS NULL OR o.contract_kind = @ContractKind) AND (@Category IS NULL OR o.category = @Category)
        GROUP BY o.structure_organization_id
        """;

    private sealed class Counts
    {
        public Guid StructureOrganizationId { get; init; }
        public int OnTime { get; init; }
        public int Late { get; init; }
        public int Overdue { get; init; }

        public ComplianceRow ToRow(string name) =>
            new(StructureOrganizationId, name, OnTime, Late, Overdue, ComplianceCounts.Rate(OnTime, Late, Overdue));
    }
}
