using SwarmNet.BuildingBlocks.Paging;
using SwarmNet.ContractKernel.Amendments;
using SwarmNet.ContractKernel.Documents;
using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Reading;
using SwarmNet.ContractKernel.Running;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.AnyKind;

/// <summary>The kind-neutral requests, for one kind: registered under the kind's word, found by <see cref="AnyKindHandlers"/>.</summary>
internal interface IContractKindOperations
{
    Task<ContractSheet> SheetAsync(Guid id, CancellationToken ct);

    Task<PagedResult<ContractSummary>> ListAsync(ListContractSheets query, CancellationToken ct);

    IRequest<ContractChange> Command(Guid id, ContractAction action);

    IRequest<ContractDocumentDto> Attach(AttachDocumentTo request);
}

internal sealed class ContractKindOperations<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ContractViewReader<TKind> views, TKind kind,
    ActorContext actorContext, IMediator mediator) : IContractKindOperations where TKind : IContractKind
{
    private static ContractNoun Noun => TKind.Info.Noun;

    public async Task<ContractSheet> SheetAsync(Guid id, CancellationToken ct)
    {
        var actor = actorContext.Current;
        var row = await store.LoadVisibleAsync(actor, id, ct);
        var title = await TitleAsync(row.Id, ct);
        var view = await views.ReadAsync(row, ct);
        var documents = await mediator.Send(new ListContractDocuments<TKind>(row.Id), ct);
        var can = new ContractAbilities([.. row.Parties.Where(p => p.SignsFor(actor))], ContractAccess.CanManage(actor, row), ContractAccess.PartyOf(actor, row));
        return new ContractSheet(Summary(row, title), Text.T(Noun.French, Noun.English), row.NetworkId, row.Term, row.RenewalDecision,
            row.Term.RenewalDecisionDue, row.SignedAt, row.ActivatedOn, row.SuspendedOn, row.SuspensionReason, row.EndedOn, row.Parties,
            await ((IContractKind)kind).DescribeAsync(row, ct), ContractJson.ReadOrNull<RoyaltyTerms>(row.RoyaltyTerms),
            ContractJson.Read<ObligationTerm[]>(row.ObligationTerms), row.Exit, view, documents, can);
    }

    public async Task<PagedResult<ContractSummary>> ListAsync(ListContractSheets query, CancellationToken ct)
    {
        var (all, orgIds) = ContractAccess.Parameters(actorContext.Current);
        var filter = new
        {
            All = all, OrgIds = orgIds, Status = query.Status?.ToString(), query.CandidacyId,
            Skip = PageDefaults.Skip(query.Page, query.PageSize), Take = query.PageSize,
        };
        var total = await db.ExecuteScalarAsync<long>(CountSql, filter, ct);
        var rows = await db.QueryAsync<ContractRecord>(PageSql, filter, ct);
        var titles = rows.Count == 0 ? new Dictionary<Guid, string?>()
            : (await db.QueryAsync<TitleRow>(TitlesSql, new { Ids = rows.Select(r => r.Id.ToString("D")).ToArray() }, ct)).ToDictionary(t => t.Id, t => t.Title);
        return new PagedResult<ContractSummary>([.. rows.Select(r => Summary(r, titles.GetValueOrDefault(r.Id)))], query.Page, query.PageSize, total);
    }

    public IRequest<ContractChange> Command(Guid id, ContractAction action) => action switch
    {
        SignAction a => new SignContract<TKind>(id, a.Version, a.Party, a.OrganizationId),
        SuspendAction a => new SuspendContract<TKind>(id, a.Version, a.Reason),
        ResumeAction a => new ResumeContract<TKind>(id, a.Version),
        TerminateAction a => new TerminateContract<TKind>(id, a.Version, a.Ground, a.On),
        DecideRenewalAction a => new DecideRenewal<TKind>(id, a.Version, a.Decision),
        ProposeAmendmentAction a => new ProposeAmendment<TKind>(id, a.Version, a.EffectiveDate, a.Summary),
        SignAmendmentAction a => new SignAmendment<TKind>(id, a.Number, a.Version, a.Party, a.OrganizationId),
        WithdrawAmendmentAction a => new WithdrawAmendment<TKind>(id, a.Number, a.Version),
        TickExitItemAction a => new TickExitItem<TKind>(id, a.Item, a.Done, a.Note),
        _ => throw new InputValidationException("/action", Text.T("Action inconnue.", "Unknown action.")),
    };

    public IRequest<ContractDocumentDto> Attach(AttachDocumentTo request) =>
        new AttachContractDocument<TKind>(request.ContractId, request.FileName, request.ContentType, request.Content);

    private static ContractSummary Summary(ContractRecord r, string? title) => new(
        TKind.Info.Kind, r.Id, title, r.GrantorOrganizationId, r.GrantorName, r.GranteeOrganizationId, r.GranteeName, r.Status,
        Glossary.Of(r.Status, Noun.Feminine), r.Exclusive, r.EffectiveDate, r.EndDate, r.TerminatesOn, r.Version);

    private async Task<string?> TitleAsync(Guid id, CancellationToken ct) =>
        (await db.QuerySingleOrDefaultAsync<TitleRow>(TitleSql, new { Id = id }, ct))?.Title;

    private sealed class TitleRow
    {
        public Guid Id { get; init; }
        public string? Title { get; init; }
    }

    private const string Where = " WHERE " + ContractRecord.Visible +
        " AND (@Status IS NULL OR c.status = @Status) AND (@CandidacyId IS NULL OR c.candidacy_id = @CandidacyId)";

    internal const string CountSql = "SELECT COUNT(*) FROM {{CONTRACTS}} c" + Where;

    internal const string PageSql = "SELECT " + ContractRecord.Columns + " FROM {{CONTRACTS}} c" + Where + " ORDER BY c.effective_date DESC, c.id {{PAGE}}";

    internal const string TitleSql = "SELECT c.id, {{TITLE}} AS title FROM {{CONTRACTS}} c WHERE c.id = @Id";

    internal const string TitlesSql = "SELECT c.id, {{TITLE}} AS title FROM {{CONTRACTS}} c WHERE c.id IN @Ids";
}
