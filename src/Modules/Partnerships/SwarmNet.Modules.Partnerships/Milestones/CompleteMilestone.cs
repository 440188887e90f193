using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Outbox;
using SwarmNet.Modules.Partnerships.Contracts.Events;
using SwarmNet.Modules.Partnerships.Domain;
using SwarmNet.Modules.Partnerships.Persistence;

namespace SwarmNet.Modules.Partnerships.Milestones;

/// <summary>
/// The partner who answers for a milestone or deliverable (or the lead) records it done, on a day not to come, with its
/// evidence: a text, and a document attached to the contract beforehand when there is one. Once; it meets its obligation.
/// </summary>
internal sealed record CompleteMilestone(Guid PartnershipId, string Code, DateOnly? CompletedOn, string? Evidence, Guid? DocumentId) : ICommand<IReadOnlyList<MilestoneDto>>;

internal sealed class CompleteMilestoneHandler(PartnershipAccess access, DbSession db, ActorContext actorContext, ContractHistory<PartnershipKind> history,
    Outbox outbox, IMediator mediator, TimeProvider clock) : IRequestHandler<CompleteMilestone, IReadOnlyList<MilestoneDto>>
{
    public async Task<IReadOnlyList<MilestoneDto>> Handle(CompleteMilestone request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var (contract, row) = await access.LoadRunningAsync(actor, request.PartnershipId, cancellationToken);
        var milestone = row.ContentOf().MilestoneList.FirstOrDefault(m => string.Equals(m.Code, request.Code, StringComparison.OrdinalIgnoreCase))
                        ?? throw new NotFoundException(Text.T("Jalon ou livrable introuvable dans ce contrat.", "No such milestone or deliverable in this contract."));
        if (!PartnershipAccess.ActsFor(actor, contract, milestone.OwnerOrganizationId!.Value))
            throw new ForbiddenException(Text.T("Seul le partenaire qui en répond, ou le chef de file, déclare ce jalon réalisé.",
                "Only the partner who answers for it, or the lead partner, records this milestone as done."));
        await ValidateAsync(request, contract.Id, cancellationToken);
        var inserted = await db.ExecuteAsync(InsertSql, new
        {
            Id = Guid.CreateVersion7(), ContractId = contract.Id, Code = milestone.Code!, CompletedOn = request.CompletedOn!.Value, Evidence = request.Evidence!.Trim(),
            request.DocumentId, Now = clock.GetUtcNow(), ActorId = actor.UserId, ActorName = actor.DisplayName,
        }, cancellationToken);
        if (inserted == 0)
            throw new ConflictException(Text.T("Ce jalon est déjà déclaré réalisé.", "This milestone is already recorded as done."));

        var what = Text.T($"Réalisé le {request.CompletedOn:dd/MM/yyyy} : {Glossary.Of(milestone.Kind!.Value)} {milestone.Code}",
            $"Done on {request.CompletedOn:yyyy-MM-dd}: {Glossary.Of(milestone.Kind!.Value)} {milestone.Code}");
        await history.RecordAsync(contract.Id, "milestoneCompleted", what, actor, cancellationToken);
        await outbox.PublishAsync(new PartnershipObligationMet(contract.Id, milestone.Code!, request.CompletedOn.Value, milestone.DueDate, null, null,
            actor.UserId, actor.DisplayName, what), cancellationToken);
        return await mediator.Send(new ListMilestones(contract.Id), cancellationToken);
    }

    private async Task ValidateAsync(CompleteMilestone request, Guid contractId, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (request.CompletedOn is not { } on || on > ContractDay.Today(clock))
            errors.Add(new("/completedOn", Text.T("Date de réalisation, au plus tard aujourd'hui.", "The day it was done, today at the latest.")));
        if (string.IsNullOrWhiteSpace(request.Evidence) || request.Evidence.Trim().Length > 2000)
            errors.Add(new("/evidence", Text.T("Justificatif de 1 à 2 000 caractères.", "Evidence of 1 to 2,000 characters.")));
        if (request.DocumentId is { } document && !await access.HasDocumentAsync(contractId, document, ct))
            errors.Add(new("/documentId", Text.T("Document inconnu dans ce contrat : joignez-le d'abord.", "No such document in this contract: attach it first.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);
    }

    internal const string InsertSql = """
        INSERT INTO partnerships_completions (id, contract_id, milestone_code, completed_on, evidence, document_id, recorded_at, recorded_by_id, recorded_by_name)
        SELECT @Id, @ContractId, @Code, @CompletedOn, @Evidence, @DocumentId, @Now, @ActorId, @ActorName
        WHERE NOT EXISTS (SELECT 1 FROM partnerships_completions c WHERE c.contract_id = @ContractId AND c.milestone_code = @Code)
        """;
}
