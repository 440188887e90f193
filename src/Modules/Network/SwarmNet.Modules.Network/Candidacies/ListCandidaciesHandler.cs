using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Contracts.Networks;
using SwarmNet.Modules.Network.Organizations;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class ListCandidaciesValidator : AbstractValidator<ListCandidacies>
{
    public ListCandidaciesValidator()
    {
        this.AddPagingRules(q => q.Page, q => q.PageSize);
        RuleFor(q => q.Stage).IsInEnum();
        RuleFor(q => q.Sort).Must(s => s is null || ListCandidaciesHandler.OrderBy.ContainsKey(s))
            .WithMessage(_ => Text.T("Tri possible : structure, stage, stageChangedAt, openedAt (préfixe « - » pour décroissant).",
                "Sort by structure, stage, stageChangedAt or openedAt ('-' prefix for descending)."));
    }
}

internal sealed class ListCandidaciesHandler(DbSession db, ActorContext actor, IMediator mediator, TimeProvider clock)
    : IRequestHandler<ListCandidacies, PagedResult<CandidacySummaryDto>>
{
    internal static readonly IReadOnlyDictionary<string, string> OrderBy = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["structure"] = "o.name ASC, c.id ASC", ["-structure"] = "o.name DESC, c.id DESC",
        ["stage"] = "c.stage ASC, c.id ASC", ["-stage"] = "c.stage DESC, c.id DESC",
        ["stageChangedAt"] = "c.stage_changed_at ASC, c.id ASC", ["-stageChangedAt"] = "c.stage_changed_at DESC, c.id DESC",
        ["openedAt"] = "c.opened_at ASC, c.id ASC", ["-openedAt"] = "c.opened_at DESC, c.id DESC",
    };

    public async Task<PagedResult<CandidacySummaryDto>> Handle(ListCandidacies request, CancellationToken cancellationToken)
    {
        await mediator.Send(new GetNetwork(request.NetworkId), cancellationToken); // 404 when the network is not the actor's to see
        var (all, orgIds) = OrganizationVisibility.Parameters(actor.Current);
        var filter = new
        {
            request.NetworkId, Stage = request.Stage?.ToString(), All = all, OrgIds = orgIds,
            Skip = PageDefaults.Skip(request.Page, request.PageSize), Take = request.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, cancellationToken);
        var rows = await db.QueryAsync<CandidacyRow>(PageSql.Replace("{{ORDER}}", OrderBy[request.Sort ?? "-stageChangedAt"], StringComparison.Ordinal), filter, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new PagedResult<CandidacySummaryDto>(rows.Select(r => r.ToSummary(today)).ToList(), request.Page, request.PageSize, total);
    }

    private const string Where = " WHERE c.network_id = @NetworkId AND (@Stage IS NULL OR c.stage = @Stage) AND " + CandidacyRow.Visible;

    internal const string CountSql = "SELECT COUNT(*) FROM " + CandidacyRow.From + Where;

    internal const string PageSql = "SELECT " + CandidacyRow.Columns + " FROM " + CandidacyRow.From + Where + " ORDER BY {{ORDER}} {{PAGE}}";
}
