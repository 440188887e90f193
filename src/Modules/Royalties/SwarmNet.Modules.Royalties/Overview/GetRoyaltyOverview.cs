using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Access;
using SwarmNet.Modules.Royalties.Contracts.Overview;

namespace SwarmNet.Modules.Royalties.Overview;

internal sealed class GetRoyaltyOverviewValidator : AbstractValidator<GetRoyaltyOverview>
{
    public GetRoyaltyOverviewValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage(_ => Text.T("La fin suit le début.", "The end follows the start."));
        RuleFor(q => q.To).Must((q, to) => to!.Value.DayNumber - q.From!.Value.DayNumber <= 3660).When(q => q.From is not null && q.To is not null)
            .WithMessage(_ => Text.T("Dix ans au plus.", "Ten years at most."));
    }
}

internal sealed class GetRoyaltyOverviewHandler(DbSession db, ActorContext actor, TimeProvider clock) : IRequestHandler<GetRoyaltyOverview, RoyaltyOverviewDto>
{
    public async Task<RoyaltyOverviewDto> Handle(GetRoyaltyOverview request, CancellationToken cancellationToken)
    {
        if (!RoyaltyAccess.IsGrantorSide(actor.Current, request.GrantorOrganizationId))
            throw new NotFoundException(Text.T("Tête de réseau introuvable.", "Network head not found."));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // Whole months: a month shown is a month summed.
        var last = request.To ?? today;
        var to = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        var from = request.From is { } first ? new DateOnly(first.Year, first.Month, 1) : new DateOnly(to.Year, to.Month, 1).AddMonths(-11);
        var parameters = new { Grantor = request.GrantorOrganizationId, From = from, To = to };
        var sums = await db.QueryAsync<PeriodSum>(SumsSql, parameters, cancellationToken);
        var outstanding = await db.ExecuteScalarAsync<long>(OutstandingSql, parameters, cancellationToken);
        var byMonth = sums.ToLookup(s => new DateOnly(s.PeriodStart.Year, s.PeriodStart.Month, 1));
        var months = new List<MonthAmounts>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            var amounts = byMonth[month].GroupBy(s => s.Account).ToDictionary(g => g.Key, g => Money.FromCents(g.Sum(s => s.AmountCents)));
            months.Add(new MonthAmounts(month, amounts, amounts.Values.Sum()));
        }
        var accounts = RoyaltyAccounts.All.Where(a => sums.Any(s => s.Account == a)).Concat(sums.Select(s => s.Account).Except(RoyaltyAccounts.All).Distinct()).ToList();
        return new RoyaltyOverviewDto(request.GrantorOrganizationId, from, to, accounts, months, months.Sum(m => m.Total), Money.FromCents(outstanding));
    }

    private sealed class PeriodSum
    {
        public DateOnly PeriodStart { get; init; }
        public string Account { get; init; } = "";
        public long AmountCents { get; init; }
    }

    /// <summary>The head's billed statements in the window (the queue index: grantor, state, period), summed per period and account.</summary>
    internal const string SumsSql = """
        SELECT s.period_start AS PeriodStart, l.account AS Account, SUM(l.amount_cents) AS AmountCents
        FROM royalties_statements s JOIN royalties_statement_lines l ON l.statement_id = s.id
        WHERE s.grantor_organization_id = @Grantor AND s.state IN ('Approved', 'Issued', 'Paid')
          AND s.period_start >= @From AND s.period_start <= @To
        GROUP BY s.period_start, l.account
        """;

    /// <summary>Issued invoices (incl. VAT) less the payments recorded on them.</summary>
    internal const string OutstandingSql = """
        SELECT COALESCE(SUM(s.total_incl_vat_cents), 0)
             - COALESCE((SELECT SUM(p.amount_cents) FROM royalties_payments p JOIN royalties_statements i ON i.id = p.statement_id
                         WHERE i.grantor_organization_id = @Grantor AND i.state = 'Issued'), 0)
        FROM royalties_statements s WHERE s.grantor_organization_id = @Grantor AND s.state = 'Issued'
        """;
}
