using SwarmNet.ContractKernel.Gates;
using SwarmNet.ContractKernel.Parties;

namespace SwarmNet.ContractKernel.Signing;

/// <summary>
/// One party signs the draft, with its own account (docs/adr/0072). The contract is signed when every party has: then it
/// is active at once if its effective date has come, else on that date (the daily job). Each signature passes the
/// module's rules and the gates (brand, readiness, DIP), so nothing signed could not be completed.
/// </summary>
/// <param name="Party">The side, only for someone who may sign for several parties.</param>
/// <param name="OrganizationId">The organisation, only for someone who may sign for several parties of one side (a partnership's partners).</param>
public sealed record SignContract<TKind>(Guid ContractId, int Version, ContractParty? Party = null, Guid? OrganizationId = null) : ICommand<ContractChange>, IDurableCommand
    where TKind : IContractKind;

internal sealed class SignContractHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext, TKind kind,
    SignatureGates gates, Signatures<TKind> signatures, ContractHistory<TKind> history, ContractAnnouncer<TKind> announce, TimeProvider clock)
    : IRequestHandler<SignContract<TKind>, ContractChange> where TKind : IContractKind
{
    private static ContractNoun Noun => TKind.Info.Noun;

    public async Task<ContractChange> Handle(SignContract<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await store.LoadVisibleAsync(actor, request.ContractId, cancellationToken);
        var party = Signatories.Resolve(actor, row, request.Party, request.OrganizationId, TKind.Info);
        if (row.Status != ContractStatus.Draft)
            throw new ConflictException(Text.T($"{Noun.The} est {Noun.Status(row.Status)} : seul un brouillon se signe.",
                $"{Noun.The} is {Noun.Status(row.Status)}: only a draft can be signed."));
        ContractStore<TKind>.EnsureVersion(row, request.Version);
        var signed = await signatures.SignedAsync(row.Id, 0, cancellationToken);
        if (signed.Any(s => s.Is(party)))
            throw new ConflictException(Text.T($"{party.Describe()} a déjà signé.", $"{party.Describe()} has already signed."));
        var today = ContractDay.Today(clock);
        var errors = new List<FieldError>();
        await kind.CheckBeforeSigningAsync(row, actor, errors, cancellationToken);
        await gates.CheckAsync(TKind.Info, row, today, errors, cancellationToken);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var now = clock.GetUtcNow();
        await db.ApplyAsync(TouchSql, new { row.Id, request.Version, Now = now }, cancellationToken);
        await signatures.AddAsync(row, 0, party, actor, cancellationToken);
        await history.RecordAsync(row.Id, "signed", Text.T($"Pour {party.Describe()}, par {actor.DisplayName}",
            $"For {party.Describe()}, by {actor.DisplayName}"), actor, cancellationToken);
        if (!Signatures<TKind>.CompletedBy(row, signed, party))
            return new ContractChange(row.Id, request.Version + 1, ContractStatus.Draft);

        var status = Lifecycle.StatusAfterSigning(row.Term, today);
        // Signed after its effective date, it has been in force since that date, not since the signature.
        var activatedOn = status == ContractStatus.Active ? row.EffectiveDate : (DateOnly?)null;
        await db.ApplyAsync(CompleteSql, new { row.Id, Status = status.ToString(), Now = now, ActivatedOn = activatedOn }, cancellationToken);
        if (activatedOn is { } on)
        {
            await history.RecordAsync(row.Id, "activated", Text.T($"En vigueur depuis le {on:dd/MM/yyyy}", $"In force since {on:yyyy-MM-dd}"), actor, cancellationToken);
            await announce.AnnounceAsync(row.Id, new ContractFact.Activated(on), cancellationToken);
        }
        return new ContractChange(row.Id, request.Version + 1, status);
    }

    internal const string TouchSql = "UPDATE {{CONTRACTS}} SET updated_at = @Now, version = version + 1 WHERE id = @Id AND status = 'Draft' AND version = @Version";

    internal const string CompleteSql = """
        UPDATE {{CONTRACTS}} SET status = @Status, signed_at = @Now, activated_on = @ActivatedOn, updated_at = @Now
        WHERE id = @Id AND status = 'Draft'
        """;
}
