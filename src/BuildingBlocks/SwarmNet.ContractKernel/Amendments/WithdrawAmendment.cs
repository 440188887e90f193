namespace SwarmNet.ContractKernel.Amendments;

/// <summary>The network head withdraws a proposed amendment not yet signed by every party; its number is free again.</summary>
public sealed record WithdrawAmendment<TKind>(Guid ContractId, int Number, int Version) : ICommand<ContractChange> where TKind : IContractKind;

internal sealed class WithdrawAmendmentHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, TimeProvider clock) : IRequestHandler<WithdrawAmendment<TKind>, ContractChange> where TKind : IContractKind
{
    public async Task<ContractChange> Handle(WithdrawAmendment<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await store.LoadManagedAsync(actor, request.ContractId, cancellationToken);
        var amendment = await db.QuerySingleOrDefaultAsync<SignAmendmentHandler<TKind>.AmendmentRow>(SignAmendmentHandler<TKind>.SelectSql,
                            new { row.Id, request.Number }, cancellationToken)
                        ?? throw new NotFoundException(Text.T($"Avenant n° {request.Number} introuvable.", $"Amendment no. {request.Number} not found."));
        if (amendment.SignedAt is not null)
            throw new ConflictException(Text.T($"L'avenant n° {request.Number} est signé par toutes les parties : seul un nouvel avenant le modifie.",
                $"Amendment no. {request.Number} is signed by every party: only a new amendment changes it."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        await db.ApplyAsync(ProposeAmendmentHandler<TKind>.TouchSql, new { row.Id, request.Version, Now = clock.GetUtcNow() }, cancellationToken);
        await db.ExecuteAsync(DeleteSignaturesSql, new { row.Id, request.Number }, cancellationToken);
        await db.ExecuteAsync(DeleteSql, new { amendment.Id }, cancellationToken);
        await history.RecordAsync(row.Id, "amendmentWithdrawn", Text.T($"Avenant n° {request.Number} retiré : {amendment.Summary}",
            $"Amendment no. {request.Number} withdrawn: {amendment.Summary}"), actor, cancellationToken);
        return new ContractChange(row.Id, request.Version + 1, row.Status);
    }

    internal const string DeleteSignaturesSql = "DELETE FROM {{P}}_signatures WHERE {{CONTRACT_ID}} = @Id AND amendment_number = @Number";

    internal const string DeleteSql = "DELETE FROM {{P}}_amendments WHERE id = @Id AND signed_at IS NULL";
}
