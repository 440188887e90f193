using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.ContractKernel.Amendments;

/// <summary>
/// The network head proposes an avenant to a running contract: numbered, with its own effective date and, optionally,
/// royalty or obligation terms replacing the current ones from that date. It takes effect only once every party has
/// signed it (<see cref="SignAmendment{TKind}"/>); one awaits at a time.
/// </summary>
public sealed record ProposeAmendment<TKind>(
    Guid ContractId, int Version, DateOnly EffectiveDate, string? Summary, RoyaltyTerms? RoyaltyTerms = null, IReadOnlyList<ObligationTerm?>? ObligationTerms = null)
    : ICommand<ContractChange> where TKind : IContractKind;

internal sealed class ProposeAmendmentHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, TimeProvider clock) : IRequestHandler<ProposeAmendment<TKind>, ContractChange> where TKind : IContractKind
{
    public async Task<ContractChange> Handle(ProposeAmendment<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var noun = TKind.Info.Noun;
        var row = await store.LoadManagedAsync(actor, request.ContractId, cancellationToken);
        if (!Lifecycle.IsAmendable(row.Status))
            throw new ConflictException(Text.T($"{noun.The} est {noun.Status(row.Status)} : seul un contrat en cours reçoit un avenant.",
                $"{noun.The} is {noun.Status(row.Status)}: only a running contract can be amended."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        var last = await db.QuerySingleOrDefaultAsync<LastAmendment>(LastSql, new { row.Id, Skip = 0, Take = 1 }, cancellationToken);
        if (last is { SignedAt: null })
            throw new ConflictException(Text.T($"L'avenant n° {last.Number} attend encore des signatures : signez-le ou retirez-le d'abord.",
                $"Amendment no. {last.Number} still awaits signatures: sign or withdraw it first."));
        var errors = AmendmentRules.Validate(request.EffectiveDate, request.Summary, request.RoyaltyTerms, request.ObligationTerms, row.Term,
            last is null ? null : (last.Number, last.EffectiveDate), row.Parties.Select(p => p.OrganizationId).ToList());
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        // Bumping the contract's version first serialises proposals, so two at once cannot take the same number.
        await db.ApplyAsync(TouchSql, new { row.Id, request.Version, Now = clock.GetUtcNow() }, cancellationToken);
        var number = (last?.Number ?? 0) + 1;
        var summary = request.Summary!.Trim();
        await db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), ContractId = row.Id, Number = number, request.EffectiveDate, Summary = summary,
            RoyaltyTerms = ContractJson.WriteOrNull(request.RoyaltyTerms), ObligationTerms = request.ObligationTerms is null ? null : ContractJson.Write(request.ObligationTerms),
            Now = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.DisplayName,
        }, cancellationToken);
        await history.RecordAsync(row.Id, "amendmentProposed", Text.T($"Avenant n° {number} proposé (effet au {request.EffectiveDate:dd/MM/yyyy}) : {summary}",
            $"Amendment no. {number} proposed (effective {request.EffectiveDate:yyyy-MM-dd}): {summary}"), actor, cancellationToken);
        return new ContractChange(row.Id, request.Version + 1, row.Status);
    }

    private sealed class LastAmendment
    {
        public int Number { get; init; }
        public DateOnly EffectiveDate { get; init; }
        public DateTimeOffset? SignedAt { get; init; }
    }

    internal const string LastSql = "SELECT number, effective_date, signed_at FROM {{P}}_amendments WHERE {{CONTRACT_ID}} = @Id ORDER BY number DESC {{PAGE}}";

    internal const string TouchSql = "UPDATE {{CONTRACTS}} SET updated_at = @Now, version = version + 1 WHERE id = @Id AND version = @Version";

    internal const string InsertSql = """
        INSERT INTO {{P}}_amendments (id, {{CONTRACT_ID}}, number, effective_date, summary, royalty_terms, obligation_terms, created_at, created_by_id, created_by_name)
        VALUES (@Id, @ContractId, @Number, @EffectiveDate, @Summary, @RoyaltyTerms, @ObligationTerms, @Now, @ActorId, @ActorName)
        """;
}
