namespace SwarmNet.ContractKernel.Running;

/// <summary>
/// Renew or not at the end of the term; the daily job applies it. Either party may decline a tacit renewal, by the notice
/// deadline (end − notice days); renewing is the network head's call, and a renewal agreed late is still accepted.
/// </summary>
public sealed record DecideRenewal<TKind>(Guid ContractId, int Version, RenewalDecision Decision) : ICommand<ContractChange> where TKind : IContractKind;

internal sealed class DecideRenewalHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, TimeProvider clock) : IRequestHandler<DecideRenewal<TKind>, ContractChange> where TKind : IContractKind
{
    public async Task<ContractChange> Handle(DecideRenewal<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var noun = TKind.Info.Noun;
        var row = await store.LoadVisibleAsync(actor, request.ContractId, cancellationToken);
        var party = ContractAccess.PartyOf(actor, row);
        if (party is null || party.Side == ContractParty.Grantee && request.Decision != RenewalDecision.DoNotRenew)
            throw new ForbiddenException(TKind.Info.Sides.RenewalRule);
        if (row.Status is not (ContractStatus.Signed or ContractStatus.Active or ContractStatus.Suspended))
            throw new ConflictException(Text.T($"{noun.The} est {noun.Status(row.Status)} : son renouvellement ne se décide plus.",
                $"{noun.The} is {noun.Status(row.Status)}: its renewal is no longer decided."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        if (!Enum.IsDefined(request.Decision))
            throw new InputValidationException("/decision", Text.T("Décision de reconduction inconnue.", "Unknown renewal decision."));
        if (row.Term.RenewalDecisionDue is not { } due)
            throw new InputValidationException("/decision", Text.T($"{noun.The} est à durée indéterminée : {noun.Agree("il", "elle")} ne se renouvelle pas.",
                $"{noun.The} has no end date: it does not renew."));
        if (request.Decision == RenewalDecision.DoNotRenew && ContractDay.Today(clock) > due)
            throw new InputValidationException("/decision", Text.T($"Le préavis de non-reconduction devait être donné au plus tard le {due:dd/MM/yyyy}.",
                $"Notice of non-renewal was due by {due:yyyy-MM-dd}."));
        await db.ApplyAsync(DecideSql, new { row.Id, request.Version, Decision = request.Decision.ToString(), Now = clock.GetUtcNow() }, cancellationToken);
        await history.RecordAsync(row.Id, "renewalDecided", Text.T($"{Glossary.Of(request.Decision)}, pour {party.Describe()}",
            $"{Glossary.Of(request.Decision)}, for {party.Describe()}"), actor, cancellationToken);
        return new ContractChange(row.Id, request.Version + 1, row.Status);
    }

    internal const string DecideSql = """
        UPDATE {{CONTRACTS}} SET renewal_decision = @Decision, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version
        """;
}
