using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Documents;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Obligations.Domain;
using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Occurrences;

internal sealed class AttachOccurrenceFileHandler(DbSession db, ActorContext actorContext, DocumentStore store, TimeProvider clock)
    : IRequestHandler<AttachOccurrenceFile, OccurrenceFileDto>
{
    public async Task<OccurrenceFileDto> Handle(AttachOccurrenceFile request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var row = await OccurrenceAccess.LoadVisibleAsync(db, actor, request.OccurrenceId, cancellationToken);
        if (!OccurrenceAccess.CanSubmit(actor, row))
            throw OccurrenceAccess.Forbidden("Seule la partie qui doit cette échéance y joint un justificatif.", "Only the party that owes this occurrence attaches evidence.");
        if (!OccurrenceStates.IsOpen(row.State))
            throw new ConflictException(Text.T($"Une échéance {OccurrenceStates.Label(row.State)} ne reçoit plus de justificatif.", "This occurrence no longer takes evidence."));
        var errors = DocumentRules.Check(request.FileName, request.ContentType, request.Content);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var file = new OccurrenceFileDto(Guid.CreateVersion7(), request.FileName!.Trim(), request.ContentType!.ToLowerInvariant(), request.Content.Length,
            request.Sha256, clock.GetUtcNow(), actor.DisplayName);
        var relative = DocumentStore.RelativePath("obligations", row.Id, file.Id, DocumentRules.ExtensionOf(file.ContentType));
        // The file first: a failed insert removes it; a crash in between leaves an orphan file, never a row without its file.
        await store.WriteAsync(relative, request.Content, cancellationToken);
        try
        {
            await db.ExecuteAsync(InsertSql, new { file.Id, OccurrenceId = row.Id, file.FileName, file.ContentType, file.SizeBytes, file.Sha256,
                StoragePath = relative, file.UploadedAt, ActorId = actor.UserId, file.UploadedByName }, cancellationToken);
        }
        catch
        {
            store.Delete(relative);
            throw;
        }
        return file;
    }

    internal const string InsertSql = """
        INSERT INTO obligations_files (id, occurrence_id, file_name, content_type, size_bytes, sha256, storage_path, uploaded_at, uploaded_by_id, uploaded_by_name)
        VALUES (@Id, @OccurrenceId, @FileName, @ContentType, @SizeBytes, @Sha256, @StoragePath, @UploadedAt, @ActorId, @UploadedByName)
        """;
}
