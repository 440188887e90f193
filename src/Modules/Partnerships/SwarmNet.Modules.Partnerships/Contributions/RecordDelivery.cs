using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Partnerships.Contracts.Events;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Contributions;

/// <summary>
/// The giving partner (or the lead) records that an instalment, or a contribution in kind or time, was delivered: on a day
/// not to come, for its planned value unless told. Once per item; an instalment of money fulfils its payment obligation.
/// </summary>
internal sealed record RecordDelivery(Guid PartnershipId, string Code, int? Number, DateOnly? DeliveredOn, decimal? Value, string? Note) : ICommand<ContributionsDto>;

internal sealed class RecordDeliveryHandler(PartnershipAccess access, DbSession db, ActorContext actorContext, ContractHistory<PartnershipKind> history,
    Outbox outbox, IMediator mediator, TimeProvider clock) : IRequestHandler<RecordDelivery, ContributionsDto>
{
    public async Task<ContributionsDto> Handle(RecordDelivery request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (contract, row) = await access.LoadRunningAsync(actor, request.PartnershipId, cancellationToken);
        var contribution = row.ContentOf().ContributionList.FirstOrDefault(c => string.Equals(c.Code, request.Code, StringComparison.OrdinalIgnoreCase))
                           ?? throw new NotFoundException(Text.T("Apport introuvable dans ce contrat.", "No such contribution in this contract."));
        if (!PartnershipAccess.ActsFor(actor, contract, contribution.FromOrganizationId!.Value))
            throw new ForbiddenException(Text.T("Seul le partenaire qui apporte, ou le chef de file, enregistre ce qui a été apporté.",
                "Only the contributing partner, or the lead partner, records what was delivered."));
        var item = Validate(request, contribution, ContractDay.Today(clock));
        var value = request.Value ?? item.Value;
        var inserted = await db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), ContractId = contract.Id, Code = contribution.Code!, item.Number, DeliveredOn = request.DeliveredOn!.Value,
            ValueCents = Money.ToCents(value), Note = request.Note?.Trim(), Now = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.DisplayName,
        }, cancellationToken);
        if (inserted == 0)
            throw new ConflictException(Text.T("Cet apport est déjà enregistré comme réalisé.", "This contribution is already recorded as delivered."));

        var what = Text.T($"Apport {contribution.Code} n° {item.Number} réalisé le {request.DeliveredOn:dd/MM/yyyy} ({value:0.00} €)",
            $"Contribution {contribution.Code} no. {item.Number} delivered on {request.DeliveredOn:yyyy-MM-dd} (EUR {value:0.00})");
        await history.RecordAsync(contract.Id, "contributionDelivered", what, actor, cancellationToken);
        if (contribution.Kind == ContributionKind.Financial)
            await outbox.PublishAsync(new PartnershipObligationMet(contract.Id, ContributionSchedule.ObligationCode(contribution.Code!, item.Number),
                request.DeliveredOn.Value, item.DueDate, null, null, actor.UserId, actor.DisplayName, what), cancellationToken);
        return await mediator.Send(new GetContributions(contract.Id), cancellationToken);
    }

    private static DueItem Validate(RecordDelivery request, ContributionTerms contribution, DateOnly today)
    {
        var errors = new List<FieldError>();
        var item = ContributionSchedule.Items(contribution).FirstOrDefault(i => i.Number == (request.Number ?? 1));
        if (item is null)
            errors.Add(new("/number", Text.T("Numéro de versement inconnu pour cet apport.", "No such instalment number for this contribution.")));
        if (request.DeliveredOn is not { } on)
            errors.Add(new("/deliveredOn", Text.T("Champ obligatoire.", "Required.")));
        else if (on > today)
            errors.Add(new("/deliveredOn", Text.T("Un apport s'enregistre une fois réalisé : pas de date à venir.", "A contribution is recorded once delivered: no future date.")));
        if (request.Value is { } v && (v < 0 || !Money.HasAtMostTwoDecimals(v) || v > 1_000_000_000m))
            errors.Add(new("/value", Text.T("Montant en euros, positif ou nul, au centime près.", "An amount in euros, zero or more, to the cent.")));
        if (request.Note is { Length: > 1000 })
            errors.Add(new("/note", Text.T("Note de 1 000 caractères au plus.", "A note of at most 1,000 characters.")));
        return errors.Count > 0 ? throw new InputValidationException(errors) : item!;
    }

    /// <summary>Once per item: a second recording inserts nothing (and the caller answers 409).</summary>
    internal const string InsertSql = """
        INSERT INTO partnerships_deliveries (id, contract_id, contribution_code, number, delivered_on, value_cents, note, recorded_at, recorded_by_id, recorded_by_name)
        SELECT @Id, @ContractId, @Code, @Number, @DeliveredOn, @ValueCents, @Note, @Now, @ActorId, @ActorName
        WHERE NOT EXISTS (SELECT 1 FROM partnerships_deliveries d WHERE d.contract_id = @ContractId AND d.contribution_code = @Code AND d.number = @Number)
        """;
}
