using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Candidacies;

internal sealed class MoveCandidacyValidator : AbstractValidator<MoveCandidacy>
{
    public MoveCandidacyValidator()
    {
        RuleFor(c => c.To).IsInEnum();
        RuleFor(c => c.Comment).MaximumLength(2000);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).When(c => CandidacyStages.IsClosing(c.To))
            .WithMessage(_ => Text.T("Indiquez la raison du refus ou du retrait.", "Give the reason for declining or withdrawing."));
    }
}

internal sealed class MoveCandidacyHandler(DbSession db, ActorContext actorContext, IMediator mediator, TimeProvider clock, CandidacyHistory history)
    : IRequestHandler<MoveCandidacy, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(MoveCandidacy request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var candidacy = await GetCandidacyHandler.LoadVisibleAsync(db, actor, request.CandidacyId, cancellationToken);
        var networkStaff = actor.HasRole(candidacy.OwnerOrganizationId, Roles.NetworkAdmin, Roles.NetworkStaff);
        var structureWithdraws = request.To == CandidacyStage.Withdrawn && actor.HasRole(candidacy.StructureId, Roles.StructureAdmin);
        if (!networkStaff && !structureWithdraws)
            throw new ForbiddenException(Text.T("Seule l'équipe de la tête de réseau fait avancer une candidature.", "Only the network head's staff move a candidacy."));
        if (!CandidacyStages.CanMove(candidacy.Stage, request.To))
            throw new InputValidationException("/to", Text.T(
                $"Passage impossible de l'étape « {CandidacyStages.Label(candidacy.Stage)} » à l'étape « {CandidacyStages.Label(request.To)} ».",
                $"Cannot move from stage \"{CandidacyStages.Label(candidacy.Stage)}\" to stage \"{CandidacyStages.Label(request.To)}\"."));
        if (CandidacyStages.RequiresReadiness(request.To))
            await EnsureReadyAsync(candidacy.Id, cancellationToken);

        var changed = await db.ExecuteAsync(MoveSql, new
        {
            candidacy.Id, From = candidacy.Stage.ToString(), To = request.To.ToString(), request.Version,
            Reason = CandidacyStages.IsClosing(request.To) ? request.Reason!.Trim() : null, Now = clock.GetUtcNow(),
        }, cancellationToken);
        if (changed == 0)
            throw new ConflictException(Text.T("La candidature a changé entre-temps : rechargez-la.", "The candidacy changed in the meantime: reload it."));
        await history.RecordAsync(candidacy, candidacy.Stage, request.To, request.Comment ?? request.Reason, actor, cancellationToken);
        return await mediator.Send(new GetCandidacy(candidacy.Id), cancellationToken);
    }

    /// <summary>Lists exactly the mandatory items still open, each at its place in the checklist.</summary>
    private async Task EnsureReadyAsync(Guid candidacyId, CancellationToken ct)
    {
        var items = await db.QueryAsync<(long Position, string Label, bool Mandatory, bool Done)>(ChecklistStateSql, new { Id = candidacyId }, ct);
        var open = items.Select((item, index) => (item, index)).Where(x => x.item.Mandatory && !x.item.Done)
            .Select(x => new FieldError($"/checklist/{x.index}",
                Text.T($"Élément obligatoire non rempli : {x.item.Label}", $"Mandatory item still open: {x.item.Label}")))
            .ToList();
        if (open.Count > 0)
            throw new InputValidationException(open);
    }

    internal const string ChecklistStateSql =
        "SELECT position, label, mandatory, done FROM network_candidacy_checklist_items WHERE candidacy_id = @Id ORDER BY position";

    internal const string MoveSql = """
        UPDATE network_candidacies SET stage = @To, closing_reason = @Reason, stage_changed_at = @Now, version = version + 1
        WHERE id = @Id AND stage = @From AND (@Version IS NULL OR version = @Version)
        """;
}
