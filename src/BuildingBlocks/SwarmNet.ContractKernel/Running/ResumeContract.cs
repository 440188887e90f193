namespace SwarmNet.ContractKernel.Running;

/// <summary>The grantor lifts a suspension: the contract is in force again from today.</summary>
public sealed record ResumeContract<TKind>(Guid ContractId, int Version) : ICommand<ContractChange> where TKind : IContractKind;

internal sealed class ResumeContractHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, ContractAnnouncer<TKind> announce, TimeProvider clock) : IRequestHandler<ResumeContract<TKind>, ContractChange>
    where TKind : IContractKind
{
    public async Task<ContractChange> Handle(ResumeContract<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var noun = TKind.Info.Noun;
        var row = await store.LoadManagedAsync(actor, request.ContractId, cancellationToken);
        if (row.Status != ContractStatus.Suspended)
            throw new ConflictException(Text.T($"{noun.The} est {noun.Status(row.Status)} : il n'y a pas de suspension à lever.",
                $"{noun.The} is {noun.Status(row.Status)}: there is no suspension to lift."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        await db.ApplyAsync(ResumeSql, new { row.Id, request.Version, Now = clock.GetUtcNow() }, cancellationToken);
        await history.RecordAsync(row.Id, "resumed", Text.T($"Suspension levée (depuis le {row.SuspendedOn:dd/MM/yyyy})", $"Suspension lifted (since {row.SuspendedOn:yyyy-MM-dd})"),
            actor, cancellationToken);
        await announce.AnnounceAsync(row.Id, new ContractFact.Resumed(ContractDay.Today(clock)), cancellationToken);
        return new ContractChange(row.Id, request.Version + 1, ContractStatus.Active);
    }

    internal const string ResumeSql = """
        UPDATE {{CONTRACTS}} SET status = 'Active', suspended_on = NULL, suspension_reason = NULL, updated_at = @Now, version = version + 1
        WHERE id = @Id AND status = 'Suspended' AND version = @Version
        """;
}
