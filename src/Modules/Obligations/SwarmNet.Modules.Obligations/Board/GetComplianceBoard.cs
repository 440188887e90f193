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
        RuleFor(q => q.Category).Must(c => c is null || ObligationVocabulary.Categories.Contains(c))
            .WithMessage(_ => Text.T("Catégorie inconnue.", "Unknown category."));
        RuleFor(q => q.ContractKind).Must(k => k is null or "licence" or "affiliation" or "partnership")
            .WithMessage(_ => Text.T("licence, affiliation ou partnership.", "licence, affiliation or partnership."));
    }
}

internal sealed class GetComplianceBoardHandler(DbSession db, ActorContext actor, IMediator mediator, TimeProvider clock)
    : IRequestHandler<GetComplianceBoard, PagedResult<ComplianceRow>>
{
    public async Task<PagedResult<ComplianceRow>> Handle(GetComplianceBoard request, CancellationToken cancellationToken)
    {
        var network = await mediator.Send(new GetNetwork(request.NetworkId), cancellationToken);
        if (!actor.Current.HasRole(network.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff))
            throw new ForbiddenException(Text.T("Le tableau de conformité est réservé à l'équipe de la tête de réseau.", "The compliance board is for the network head's team."));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counts = await db.QueryAsync<Counts>(BoardSql, new
        {
            request.NetworkId, From = today.AddMonths(-12), Today = today, request.ContractKind, request.Category,
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

        public ComplianceRow ToRow(string name)
        {
            var total = OnTime + Late + Overdue;
            return new ComplianceRow(StructureOrganizationId, name, OnTime, Late, Overdue, total == 0 ? null : Math.Round((decimal)OnTime / total, 4));
        }
    }
}
