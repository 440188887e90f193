using SwarmNet.ContractKernel.Exit;
using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Signing;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Reading;

/// <summary>Reads the kernel's part of a contract's view, for a record the module loaded for an actor who may see it.</summary>
public sealed class ContractViewReader<TKind>(ContractDb<TKind> db, TKind kind) where TKind : IContractKind
{
    public async Task<ContractView> ReadAsync(ContractRecord row, CancellationToken ct)
    {
        var signatures = (await db.QueryAsync<SignatureRow>(SelectSignaturesSql, new { row.Id }, ct)).Select(s => s.ToDto()).ToList();
        var amendments = await db.QueryAsync<AmendmentRow>(SelectAmendmentsSql, new { row.Id }, ct);
        var history = (await db.QueryAsync<HistoryRow>(SelectHistorySql, new { row.Id }, ct)).Select(h => h.ToDto()).ToList();
        var ticks = (await db.QueryAsync<TickRow>(SelectTicksSql, new { row.Id }, ct)).ToDictionary(t => t.Item);
        var exit = ExitChecklist.IsOpen(row)
            ? (await ExitChecklist.LinesOfAsync(kind, row, ct)).Select(i => ticks.TryGetValue(i.Item, out var t)
                ? new ExitItemDto(i.Item, i.Label, i.Detail, true, t.DoneAt, t.DoneByName, t.Note)
                : new ExitItemDto(i.Item, i.Label, i.Detail, false, null, null, null)).ToList()
            : [];
        var notice = row.TerminatesOn is { } on ? new NoticeDto(on, row.NoticeGivenOn, row.TerminatedByParty, row.TerminatedByName ?? "", row.TerminationGround ?? "") : null;
        var contractSignatures = signatures.Where(s => s.AmendmentNumber == 0).ToList();
        var awaiting = row.Status == ContractStatus.Draft ? Awaiting(row, contractSignatures) : [];
        return new ContractView(contractSignatures, awaiting.Select(p => p.Side).Distinct().ToList(), awaiting.Select(p => p.OrganizationId).ToList(),
            amendments.Select(a => a.ToDto(row, signatures.Where(s => s.AmendmentNumber == a.Number).ToList())).ToList(), history, notice, exit);
    }

    private static List<SigningParty> Awaiting(ContractRecord row, IReadOnlyList<SignatureDto> signed) =>
        row.Parties.Where(p => !signed.Any(s => p.Is(s.Party, s.OrganizationId))).ToList();

    private sealed class SignatureRow
    {
        public int AmendmentNumber { get; init; }
        public ContractParty Party { get; init; }
        public Guid OrganizationId { get; init; }
        public string OrganizationName { get; init; } = "";
        public Guid? SignedById { get; init; }
        public string SignedByName { get; init; } = "";
        public DateTimeOffset SignedAt { get; init; }

        public SignatureDto ToDto() => new(AmendmentNumber, Party, OrganizationId, OrganizationName, SignedById, SignedByName, SignedAt);
    }

    private sealed class AmendmentRow
    {
        public int Number { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public string Summary { get; init; } = "";
        public string? RoyaltyTerms { get; init; }
        public string? ObligationTerms { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string CreatedByName { get; init; } = "";
        public DateTimeOffset? SignedAt { get; init; }

        public AmendmentDto ToDto(ContractRecord row, IReadOnlyList<SignatureDto> signed)
        {
            var awaiting = SignedAt is null ? Awaiting(row, signed) : [];
            return new(Number, EffectiveDate, Summary, ContractJson.ReadOrNull<RoyaltyTerms>(RoyaltyTerms), ContractJson.ReadOrNull<ObligationTerm[]>(ObligationTerms),
                CreatedAt, CreatedByName, SignedAt, signed, awaiting.Select(p => p.Side).Distinct().ToList(), awaiting.Select(p => p.OrganizationId).ToList());
        }
    }

    private sealed class HistoryRow
    {
        public string Action { get; init; } = "";
        public string? Details { get; init; }
        public Guid? ActorId { get; init; }
        public string ActorName { get; init; } = "";
        public DateTimeOffset At { get; init; }

        public HistoryEntryDto ToDto() => new(Action, Details, ActorId, ActorName, At);
    }

    private sealed class TickRow
    {
        public string Item { get; init; } = "";
        public DateTimeOffset DoneAt { get; init; }
        public string DoneByName { get; init; } = "";
        public string? Note { get; init; }
    }

    internal const string SelectSignaturesSql = """
        SELECT amendment_number, party, organization_id, organization_name, signed_by_id, signed_by_name, signed_at
        FROM {{P}}_signatures WHERE {{CONTRACT_ID}} = @Id ORDER BY amendment_number, signed_at, id
        """;

    internal const string SelectAmendmentsSql = """
        SELECT number, effective_date, summary, royalty_terms, obligation_terms, created_at, created_by_name, signed_at
        FROM {{P}}_amendments WHERE {{CONTRACT_ID}} = @Id ORDER BY number
        """;

    internal const string SelectHistorySql = "SELECT action, details, actor_id, actor_name, at FROM {{P}}_history WHERE {{CONTRACT_ID}} = @Id ORDER BY position";

    internal const string SelectTicksSql = "SELECT item, done_at, done_by_name, note FROM {{P}}_exit_checklist WHERE {{CONTRACT_ID}} = @Id";
}
