using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Royalties.Access;

namespace SwarmNet.Modules.Royalties.Statements;

internal sealed class ListStatementsValidator : AbstractValidator<ListStatements>
{
    public ListStatementsValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.State).Must(s => s is null || StatementStates.All.Contains(s)).WithMessage(string.Join(", ", StatementStates.All));
        RuleFor(q => q.Kind).Must(k => k is null or StatementKinds.Period or StatementKinds.Adjustment or StatementKinds.LatePayment);
        RuleFor(q => q.Sort).Must(s => s is null || ListStatementsHandler.OrderBy.ContainsKey(s)).WithMessage(string.Join(", ", ListStatementsHandler.OrderBy.Keys));
        RuleFor(q => q.MaxAmount).GreaterThanOrEqualTo(q => q.MinAmount).When(q => q.MinAmount is not null && q.MaxAmount is not null);
        RuleFor(q => q.PeriodTo).GreaterThanOrEqualTo(q => q.PeriodFrom).When(q => q.PeriodFrom is not null && q.PeriodTo is not null);
    }
}

internal sealed class ListStatementsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListStatements, PagedResult<StatementSummaryDto>>
{
    public static readonly IReadOnlyDictionary<string, string> OrderBy = new Dictionary<string, string>
    {
        ["periodStart"] = "s.period_start, s.id", ["-periodStart"] = "s.period_start DESC, s.id DESC",
        ["amount"] = "s.total_incl_vat_cents, s.id", ["-amount"] = "s.total_incl_vat_cents DESC, s.id DESC",
        ["state"] = "s.state, s.period_start, s.id", ["-state"] = "s.state DESC, s.period_start DESC, s.id",
        ["structure"] = "a.structure_name, s.period_start, s.id", ["-structure"] = "a.structure_name DESC, s.period_start DESC, s.id",
    };

    public async Task<PagedResult<StatementSummaryDto>> Handle(ListStatements request, CancellationToken cancellationToken)
    {
        var scope = RoyaltyAccess.Scope(actor.Current);
        var filter = new
        {
            scope.All, scope.GrantorIds, scope.StructureIds, Grantor = request.GrantorOrganizationId, request.NetworkId, request.AgreementId,
            request.StructureId, request.PeriodFrom, request.PeriodTo, request.State, request.Kind,
            MinCents = request.MinAmount is { } min ? (long?)Money.ToCents(Money.Round2(min)) : null,
            MaxCents = request.MaxAmount is { } max ? (long?)Money.ToCents(Money.Round2(max)) : null,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<StatementRow>(PageSql.Replace("{{ORDER}}", OrderBy[request.Sort ?? "-periodStart"], StringComparison.Ordinal), filter, cancellationToken);
        return new PagedResult<StatementSummaryDto>([.. rows.Select(GetStatementHandler.Summary)], request.Page, request.PageSize, total);
    }

    private const string Where = """
         WHERE (@All = 1 OR s.grantor_organization_id IN @GrantorIds OR s.structure_organization_id IN @StructureIds)
           AND (@Grantor IS NULL OR s.grantor_organization_id = @Grantor) AND (@NetworkId IS NULL OR s.network_id = @NetworkId)
           AND (@AgreementId IS NULL OR s.agreement_id = @AgreementId) AND (@StructureId IS NULL OR s.structure_organization_id = @StructureId)
           AND (@PeriodFrom IS NULL OR s.period_end >= @PeriodFrom) AND (@PeriodTo IS NULL OR s.period_start <= @PeriodTo)
           AND (@State IS NULL OR s.state = @State) AND (@Kind IS NULL OR s.kind = @Kind)
           AND (@MinCents IS NULL OR s.total_incl_vat_cents >= @MinCents) AND (@MaxCents IS NULL OR s.total_incl_vat_cents <= @MaxCents)
        """;

    internal const string CountSql = "SELECT COUNT(*) FROM royalties_statements s JOIN royalties_agreements a ON a.id = s.agreement_id" + Where;

    internal const string PageSql = "SELECT " + StatementRow.Columns + StatementRow.From + Where + " ORDER BY {{ORDER}} {{PAGE}}";
}
