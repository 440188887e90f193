using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Occurrences;

internal sealed class ListOccurrencesValidator : AbstractValidator<ListOccurrences>
{
    public ListOccurrencesValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Category).Must(c => c is null || ObligationVocabulary.Categories.Contains(c))
            .WithMessage(_ => OneOf(ObligationVocabulary.Categories));
        RuleFor(q => q.State).Must(s => s is null || OccurrenceStates.All.Contains(s)).WithMessage(_ => OneOf(OccurrenceStates.All));
        RuleFor(q => q.Sort).Must(s => s is null || ListOccurrencesHandler.OrderBy.ContainsKey(s))
            .WithMessage(_ => OneOf(ListOccurrencesHandler.OrderBy.Keys));
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
    }

    private static string OneOf(IEnumerable<string> values) =>
        Text.T($"Valeurs possibles : {string.Join(", ", values)}.", $"Allowed values: {string.Join(", ", values)}.");
}

internal sealed class ListOccurrencesHandler(DbSession db, ActorContext actor) : IRequestHandler<ListOccurrences, PagedResult<OccurrenceDto>>
{
    internal static readonly IReadOnlyDictionary<string, string> OrderBy = new Dictionary<string, string>
    {
        ["dueDate"] = "o.due_date, o.code, o.id",
        ["-dueDate"] = "o.due_date DESC, o.code, o.id",
        ["state"] = "o.state, o.due_date, o.id",
        ["code"] = "o.code, o.due_date, o.id",
    };

    public async Task<PagedResult<OccurrenceDto>> Handle(ListOccurrences request, CancellationToken cancellationToken)
    {
        // The host already answers 404 to whoever is not in the organisation; visibility still filters (a partner sees only its part).
        var (all, orgIds) = OccurrenceAccess.Parameters(actor.Current);
        var filter = new
        {
            request.OrganizationId, All = all, OrgIds = orgIds, request.NetworkId, request.ContractId, request.Category, request.State,
            request.From, request.To, Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<OccurrenceRow>(PageSql.Replace("{{ORDER}}", OrderBy[request.Sort ?? "dueDate"], StringComparison.Ordinal), filter, cancellationToken);
        return new PagedResult<OccurrenceDto>(rows.Select(r => r.ToDto()).ToList(), request.Page, request.PageSize, total);
    }

    private const string Where = " WHERE (o.structure_organization_id = @OrganizationId OR o.grantor_organization_id = @OrganizationId) AND "
        + OccurrenceAccess.Visible + """

          AND (@NetworkId IS NULL OR o.network_id = @NetworkId)
          AND (@ContractId IS NULL OR o.contract_id = @ContractId)
          AND (@Category IS NULL OR o.category = @Category)
          AND (@State IS NULL OR o.state = @State)
          AND (@From IS NULL OR o.due_date >= @From)
          AND (@To IS NULL OR o.due_date <= @To)
        """;

    internal const string CountSql = "SELECT COUNT(*)" + OccurrenceRow.From + Where;

    internal const string PageSql = "SELECT " + OccurrenceRow.Columns + OccurrenceRow.From + Where + " ORDER BY {{ORDER}} {{PAGE}}";
}
