namespace SwarmNet.ContractKernel.Running;

/// <summary>
/// Either party gives notice (résiliation): the contract ends on <see cref="On"/>, the day it takes effect, which the exit
/// terms' notice period puts no earlier than today + notice (refused with that date). The status changes on that day,
/// through the daily job; only a notice of 0 days dated today ends it at once (docs/adr/0074).
/// </summary>
public sealed record TerminateContract<TKind>(Guid ContractId, int Version, string? Ground, DateOnly? On = null) : ICommand<ContractChange>
    where TKind : IContractKind;

internal sealed class TerminateContractHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, Terminations<TKind> terminations, TimeProvider clock) : IRequestHandler<TerminateContract<TKind>, ContractChange>
    where TKind : IContractKind
{
    public async Task<ContractChange> Handle(TerminateContract<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var noun = TKind.Info.Noun;
        var row = await store.LoadVisibleAsync(actor, request.ContractId, cancellationToken);
        var party = ContractAccess.PartyOf(actor, row) ?? throw new ForbiddenException(TKind.Info.Sides.OnlyParties("résilient", "terminate", noun));
        Moves.Ensure(row, ContractStatus.Terminated, noun);
        if (row.TerminatesOn is { } scheduled)
            throw new ConflictException(Text.T($"Un préavis a déjà été donné : fin le {scheduled:dd/MM/yyyy}.", $"Notice was already given: ends on {scheduled:yyyy-MM-dd}."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        var ground = Moves.RequiredText(request.Ground, "/ground", 1000);
        var today = ContractDay.Today(clock);
        var on = Notice.Check(row, request.On, today);

        await db.ApplyAsync(NoticeSql, new
        {
            row.Id, request.Version, On = on, Today = today, Ground = ground, ActorId = actor.UserId, ActorName = actor.DisplayName,
            Party = party.Side.ToString(), Now = clock.GetUtcNow(),
        }, cancellationToken);
        await history.RecordAsync(row.Id, "noticeGiven", Text.T($"Résiliation au {on:dd/MM/yyyy}, préavis donné pour {party.Describe()} : {ground}",
            $"Termination on {on:yyyy-MM-dd}, notice given for {party.Describe()}: {ground}"), actor, cancellationToken);
        if (on > today)
            return new ContractChange(row.Id, request.Version + 1, row.Status);
        await terminations.ApplyAsync(row.Id, request.Version + 1, on, actor, cancellationToken);
        return new ContractChange(row.Id, request.Version + 2, ContractStatus.Terminated);
    }

    internal const string NoticeSql = """
        UPDATE {{CONTRACTS}} SET terminates_on = @On, notice_given_on = @Today, termination_ground = @Ground, terminated_by_id = @ActorId,
            terminated_by_name = @ActorName, terminated_by_party = @Party, updated_at = @Now, version = version + 1
        WHERE id = @Id AND version = @Version AND terminates_on IS NULL AND status IN ('Signed', 'Active', 'Suspended')
        """;
}
