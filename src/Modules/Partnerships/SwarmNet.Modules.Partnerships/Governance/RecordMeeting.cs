using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Partnerships.Contracts.Events;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Governance;

/// <summary>
/// The lead records a meeting of the steering committee: its date, who attended, its minutes (text, or a document attached
/// to the contract beforehand) and its decisions. The meeting meets the committee's obligation for its period; each decision
/// becomes an obligation of the partner who follows it up (docs/adr/0133).
/// </summary>
internal sealed record RecordMeeting(Guid PartnershipId, DateOnly? HeldOn, IReadOnlyList<string?>? Attendees, string? Minutes, Guid? MinutesDocumentId,
    IReadOnlyList<DecisionTerms?>? Decisions) : ICommand<GovernanceDto>;

internal sealed class RecordMeetingHandler(PartnershipAccess access, MeetingWrites writes, ActorContext actorContext, ContractHistory<PartnershipKind> history,
    PartnershipTermChanges changes, Outbox outbox, IMediator mediator, TimeProvider clock) : IRequestHandler<RecordMeeting, GovernanceDto>
{
    public async Task<GovernanceDto> Handle(RecordMeeting request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (contract, row) = await access.LoadRunningAsync(actor, request.PartnershipId, cancellationToken);
        if (!ContractAccess.CanManage(actor, contract))
            throw new ForbiddenException(Text.T("Seul le chef de file consigne les réunions du comité de pilotage.", "Only the lead partner records the steering committee's meetings."));
        var content = row.ContentOf();
        if (content.Committee is null)
            throw new ConflictException(Text.T("Ce contrat ne prévoit pas de comité de pilotage.", "This contract sets up no steering committee."));
        await ValidateAsync(request, contract, row, cancellationToken);

        var heldOn = request.HeldOn!.Value;
        var decisions = request.Decisions?.OfType<DecisionTerms>().ToList() ?? [];
        await writes.InsertAsync(contract.Id, heldOn, request.Attendees!.Select(a => a!.Trim()).ToList(),
            string.IsNullOrWhiteSpace(request.Minutes) ? null : request.Minutes.Trim(), request.MinutesDocumentId, decisions, actor, cancellationToken);

        var what = Text.T($"Réunion du comité de pilotage du {heldOn:dd/MM/yyyy} ({decisions.Count} décision(s))",
            $"Steering committee meeting of {heldOn:yyyy-MM-dd} ({decisions.Count} decision(s))");
        await history.RecordAsync(contract.Id, "meetingRecorded", what, actor, cancellationToken);
        await outbox.PublishAsync(new PartnershipObligationMet(contract.Id, CommitteeTerms.ObligationCode, heldOn, null, null, null, actor.UserId, actor.DisplayName, what),
            cancellationToken);
        if (decisions.Count > 0)
            await changes.AnnounceAsync(contract, row, heldOn, what, cancellationToken);
        return await mediator.Send(new GetGovernance(contract.Id), cancellationToken);
    }

    private async Task ValidateAsync(RecordMeeting request, ContractRecord contract, PartnershipRow row, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var today = ContractDay.Today(clock);
        if (request.HeldOn is not { } on || on > today || on < contract.EffectiveDate)
            errors.Add(new("/heldOn", Text.T("Date de la réunion, entre l'entrée en vigueur et aujourd'hui.", "The meeting's date, between the effective date and today.")));
        if (request.Attendees is not { Count: >= 1 and <= 50 } attendees || attendees.Any(a => string.IsNullOrWhiteSpace(a) || a.Trim().Length > 200))
            errors.Add(new("/attendees", Text.T("De 1 à 50 participant·es, chacun·e de 1 à 200 caractères.", "From 1 to 50 attendees, each 1 to 200 characters.")));
        if (request.Minutes is { Length: > 20000 })
            errors.Add(new("/minutes", Text.T("Compte rendu de 20 000 caractères au plus.", "Minutes of at most 20,000 characters.")));
        if (string.IsNullOrWhiteSpace(request.Minutes) && request.MinutesDocumentId is null)
            errors.Add(new("/minutes", Text.T("Le compte rendu : un texte, ou un document joint au contrat (minutesDocumentId).",
                "The minutes: a text, or a document attached to the contract (minutesDocumentId).")));
        if (request.MinutesDocumentId is { } document && !await access.HasDocumentAsync(contract.Id, document, ct))
            errors.Add(new("/minutesDocumentId", Text.T("Document inconnu dans ce contrat : joignez-le d'abord.", "No such document in this contract: attach it first.")));
        if (request.HeldOn is { } heldOn)
            errors.AddRange(DecisionTerms.Validate(request.Decisions, row.Partners.Select(p => p.OrganizationId).ToList(), heldOn, contract.LastDay, "/decisions"));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
    }
}
