namespace SwarmNet.ContractKernel.Exit;

/// <summary>
/// A party ticks (or unticks) a line of the exit checklist — brand use, stock, data, from the exit terms — once the contract
/// is ending (notice given, renewal declined) or has ended. Who ticked it and when go into the history.
/// </summary>
public sealed record TickExitItem<TKind>(Guid ContractId, string Item, bool Done, string? Note = null) : ICommand<ContractChange> where TKind : IContractKind;

internal sealed class TickExitItemHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext, ContractHistory<TKind> history,
    TKind kind, TimeProvider clock) : IRequestHandler<TickExitItem<TKind>, ContractChange> where TKind : IContractKind
{
    public async Task<ContractChange> Handle(TickExitItem<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await store.LoadVisibleAsync(actor, request.ContractId, cancellationToken);
        var party = ContractAccess.PartyOf(actor, row) ?? throw new ForbiddenException(TKind.Info.Sides.OnlyParties("tiennent la liste de sortie de", "keep the exit checklist of", TKind.Info.Noun));
        var items = (await ExitChecklist.LinesOfAsync(kind, row, cancellationToken)).Where(i => i.Item == request.Item).ToList();
        if (items.Count == 0)
            throw new NotFoundException(Text.T("Ligne de la liste de sortie introuvable.", "Exit checklist item not found."));
        var item = items[0];
        if (!ExitChecklist.IsOpen(row))
            throw new ConflictException(Text.T("La liste de sortie s'ouvre au préavis, au refus de reconduction ou à la fin du contrat.",
                "The exit checklist opens with notice, a declined renewal or the contract's end."));
        var note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        if (note is { Length: > 1000 })
            throw new InputValidationException("/note", Text.T("Note de 1000 caractères au plus.", "A note of at most 1000 characters."));

        await db.ExecuteAsync(DeleteSql, new { row.Id, request.Item }, cancellationToken);
        if (request.Done)
            await db.ExecuteAsync(InsertSql, new
            {
                Id = Guid.CreateVersion7(), ContractId = row.Id, request.Item, Now = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.DisplayName, Note = note,
            }, cancellationToken);
        await history.RecordAsync(row.Id, request.Done ? "exitItemDone" : "exitItemReopened",
            Text.T($"{item.Label}, pour {party.Describe()}{(note is null ? "" : " : " + note)}",
                $"{item.Label}, for {party.Describe()}{(note is null ? "" : ": " + note)}"), actor, cancellationToken);
        return new ContractChange(row.Id, row.Version, row.Status);
    }

    internal const string DeleteSql = "DELETE FROM {{P}}_exit_checklist WHERE {{CONTRACT_ID}} = @Id AND item = @Item";

    internal const string InsertSql = """
        INSERT INTO {{P}}_exit_checklist (id, {{CONTRACT_ID}}, item, done_at, done_by_id, done_by_name, note)
        VALUES (@Id, @ContractId, @Item, @Now, @ActorId, @ActorName, @Note)
        """;
}
