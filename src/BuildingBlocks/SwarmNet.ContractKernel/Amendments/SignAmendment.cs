using SwarmNet.ContractKernel.Parties;
using SwarmNet.ContractKernel.Signing;

namespace SwarmNet.ContractKernel.Amendments;

/// <summary>
/// One party signs a proposed amendment, with its own account. When every party has, the amendment is in force from its
/// effective date: written down and announced, so Royalties and Obligations apply its terms from then.
/// </summary>
public sealed record SignAmendment<TKind>(Guid ContractId, int Number, int Version, ContractParty? Party = null, Guid? OrganizationId = null) : ICommand<ContractChange>, IDurableCommand
    where TKind : IContractKind;

internal sealed class SignAmendmentHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext, Signatures<TKind> signatures,
    ContractHistory<TKind> history, ContractAnnouncer<TKind> announce, TimeProvider clock) : IRequestHandler<SignAmendment<TKind>, ContractChange>
    where TKind : IContractKind
{
    public async Task<ContractChange> Handle(SignAmendment<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var noun = TKind.Info.Noun;
        var row = await store.LoadVisibleAsync(actor, request.ContractId, cancellationToken);
        var party = Signatories.Resolve(actor, row, request.Party, request.OrganizationId, TKind.Info);
        var amendment = await db.QuerySingleOrDefaultAsync<AmendmentRow>(SelectSql, new { row.Id, request.Number }, cancellationToken)
                        ?? throw new NotFoundException(Text.T($"Avenant n° {request.Number} introuvable.", $"Amendment no. {request.Number} not found."));
        if (amendment.SignedAt is not null)
            throw new ConflictException(Text.T($"L'avenant n° {request.Number} est déjà signé par toutes les parties.", $"Amendment no. {request.Number} is already signed by every party."));
        if (!Lifecycle.IsAmendable(row.Status))
            throw new ConflictException(Text.T($"{noun.The} est {noun.Status(row.Status)} : ses avenants ne se signent plus.", $"{noun.The} is {noun.Status(row.Status)}: its amendments are no longer signed."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        var signed = await signatures.SignedAsync(row.Id, request.Number, cancellationToken);
        if (signed.Any(s => s.Is(party)))
            throw new ConflictException(Text.T($"{party.Describe()} a déjà signé l'avenant n° {request.Number}.",
                $"{party.Describe()} has already signed amendment no. {request.Number}."));

        await db.ApplyAsync(ProposeAmendmentHandler<TKind>.TouchSql, new { row.Id, request.Version, Now = clock.GetUtcNow() }, cancellationToken);
        await signatures.AddAsync(row, request.Number, party, actor, cancellationToken);
        await history.RecordAsync(row.Id, "amendmentSigned", Text.T($"Avenant n° {request.Number} signé pour {party.Describe()}, par {actor.DisplayName}",
            $"Amendment no. {request.Number} signed for {party.Describe()}, by {actor.DisplayName}"), actor, cancellationToken);
        if (Signatures<TKind>.CompletedBy(row, signed, party))
        {
            await db.ExecuteAsync(InForceSql, new { amendment.Id, Now = clock.GetUtcNow() }, cancellationToken);
            await history.RecordAsync(row.Id, "amended", Text.T($"Avenant n° {request.Number} (effet au {amendment.EffectiveDate:dd/MM/yyyy}) : {amendment.Summary}",
                $"Amendment no. {request.Number} (effective {amendment.EffectiveDate:yyyy-MM-dd}): {amendment.Summary}"), actor, cancellationToken);
            await announce.AnnounceAsync(row.Id, new ContractFact.Amended(request.Number, amendment.EffectiveDate, amendment.Summary, amendment.RoyaltyTerms,
                amendment.ObligationTerms), cancellationToken);
        }
        return new ContractChange(row.Id, request.Version + 1, row.Status);
    }

    internal sealed class AmendmentRow
    {
        public Guid Id { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public string Summary { get; init; } = "";
        public string? RoyaltyTerms { get; init; }
        public string? ObligationTerms { get; init; }
        public DateTimeOffset? SignedAt { get; init; }
    }

    internal const string SelectSql = """
        SELECT id, effective_date, summary, royalty_terms, obligation_terms, signed_at FROM {{P}}_amendments WHERE {{CONTRACT_ID}} = @Id AND number = @Number
        """;

    internal const string InForceSql = "UPDATE {{P}}_amendments SET signed_at = @Now WHERE id = @Id AND signed_at IS NULL";
}
