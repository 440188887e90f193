using FluentValidation;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Network.Contracts.Candidacies;

namespace SwarmNet.Modules.Network.Readiness;

internal sealed record SaveReadinessEvidenceFile(Guid CandidacyId, Guid ItemId, string? Note, DateOnly? Date, StoredDocument File) : ICommand<CandidacyDto>;

internal sealed class AttachReadinessEvidenceValidator : AbstractValidator<AttachReadinessEvidence>
{
    public AttachReadinessEvidenceValidator()
    {
        RuleFor(c => c.Note).MaximumLength(2000);
        RuleFor(c => c.File).NotNull().WithMessage(_ => Text.T("Joignez le fichier justificatif (champ « file »).", "Attach the evidence file (\"file\" field)."));
    }
}

internal sealed class AttachReadinessEvidenceHandler(DbSession db, ActorContext actor, DocumentStore store, IMediator mediator)
    : IRequestHandler<AttachReadinessEvidence, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(AttachReadinessEvidence request, CancellationToken cancellationToken)
    {
        var candidacy = await ReadinessTicks.LoadForTickingAsync(db, actor.Current, request.CandidacyId, cancellationToken);
        var stored = await store.StoreAsync(NetworkDocuments.Area, candidacy.Id, request.File!, "/file", cancellationToken);
        try
        {
            return await mediator.Send(new SaveReadinessEvidenceFile(candidacy.Id, request.ItemId, request.Note, request.Date, stored), cancellationToken);
        }
        catch
        {
            store.Delete(stored.StoragePath);
            throw;
        }
    }
}

internal sealed class SaveReadinessEvidenceFileHandler(DbSession db, ActorContext actorContext, IMediator mediator, ReadinessTicks ticks)
    : IRequestHandler<SaveReadinessEvidenceFile, CandidacyDto>
{
    public async Task<CandidacyDto> Handle(SaveReadinessEvidenceFile request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var candidacy = await ReadinessTicks.LoadForTickingAsync(db, actor, request.CandidacyId, cancellationToken);
        await ticks.ApplyAsync(candidacy, request.ItemId, true, request.Note, request.Date, request.File, actor, cancellationToken);
        return await mediator.Send(new GetCandidacy(candidacy.Id), cancellationToken);
    }
}
