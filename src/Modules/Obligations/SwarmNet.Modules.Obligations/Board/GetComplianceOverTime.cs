using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Contracts.Board;

namespace SwarmNet.Modules.Obligations.Board;

internal sealed class GetComplianceOverTimeValidator : AbstractValidator<GetComplianceOverTime>
{
    public GetComplianceOverTimeValidator() => this.AddBoardFilterRules(q => q.ContractKind, q => q.Category);
}

internal sealed class GetComplianceOverTimeHandler(DbSession db, BoardWindow window) : IRequestHandler<GetComplianceOverTime, IReadOnlyList<ComplianceMonth>>
{
    public async Task<IReadOnlyList<ComplianceMonth>> Handle(GetComplianceOverTime request, CancellationToken cancellationToken)
    {
        var (from, today) = await window.OpenAsync(request.NetworkId, cancellationToken);
        // Grouped by day in SQL (both dialects alike, a year at most), folded into months here.
        var days = await db.QueryAsync<DayCounts>(DaysSql, new { request.NetworkId, From = from, Today = today, request.ContractKind, request.Category }, cancellationToken);
        var byMonth = days.GroupBy(d => new DateOnly(d.DueDate.Year, d.DueDate.Month, 1)).ToDictionary(g => g.Key, g => g.ToList());
        var months = new List<ComplianceMonth>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= today; month = month.AddMonths(1))
        {
            var counts = byMonth.GetValueOrDefault(month) ?? [];
            months.Add(ComplianceCounts.Month(month, counts.Sum(c => c.OnTime), counts.Sum(c => c.Late), counts.Sum(c => c.Overdue)));
        }
        return months;
    }

    /// <summary>The board's counts (<see cref="GetComplianceBoardHandler.BoardSql"/>) per due date instead of per affiliate.</summary>
    internal const string DaysSql = "SELECT o.due_date AS DueDate, " + ComplianceCounts.CountsOverWindow + "GROUP BY o.due_date";

    private sealed class DayCounts
    {
        public DateOnly DueDate { get; init; }
        public int OnTime { get; init; }
        public int Late { get; init; }
        public int Overdue { get; init; }
    }
}
