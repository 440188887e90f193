using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class RecordReadinessEvidenceValidator : AbstractValidator<RecordReadinessEvidence>
{
    public RecordReadinessEvidenceValidator()
    {
        RuleFor(c => c.Note).MaximumLength(2000);
        RuleFor(c => c.FileReference).MaximumLength(300);
    }
}

/// <summary>The network's staff and the structure's own people both document readiness; only open candidacies change.</summary>
internal sealed class RecordReadinessEvidenceHandler(DbSession db, ActorContext actorContext, IMediator mediator, TimeProvider clock)
    : IRequestHandler<RecordReadinessEvidence, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(RecordReadinessEvidence request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var candidacy = await GetCandidacyHandler.LoadVisibleAsync(db, actor, request.CandidacyId, cancellationToken);
        if (!actor.HasRole(candidacy.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff)
            && !actor.HasRole(candidacy.StructureId, Roles.StructureAdmin, Roles.StructureMember))
            throw new ForbiddenException(Text.T("Vous ne pouvez pas renseigner cette grille.", "You cannot fill in this checklist."));
        if (!CandidacyStages.IsOpen(candidacy.Stage))
            throw new InputValidationException("/candidacyId", Text.T("La candidature est close.", "The candidacy is closed."));

        var changed = await db.ExecuteAsync(UpdateItemSql, new
        {
            request.ItemId, CandidacyId = candidacy.Id, request.Done, Note = request.Note?.Trim(), request.Date,
            File = request.FileReference?.Trim(), By = actor.UserId, At = clock.GetUtcNow(),
        }, cancellationToken);
        if (changed == 0)
            throw new NotFoundException(Text.T("Élément de grille introuvable.", "Checklist item not found."));
        await db.ExecuteAsync(TouchCandidacySql, new { candidacy.Id }, cancellationToken);
        return await mediator.Send(new GetCandidacy(candidacy.Id), cancellationToken);
    }

    internal const string UpdateItemSql = """
        UPDATE network_candidacy_checklist_items
        SET done = @Done, evidence_note = @Note, evidence_date = @Date, evidence_file = @File, ticked_by = @By, ticked_at = @At
        WHERE id = @ItemId AND candidacy_id = @CandidacyId
        """;

    internal const string TouchCandidacySql = "UPDATE network_candidacies SET version = version + 1 WHERE id = @Id";
}
