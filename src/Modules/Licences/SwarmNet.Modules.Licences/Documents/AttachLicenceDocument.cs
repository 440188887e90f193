using SwarmNet.BuildingBlocks.Documents;
using System.Security.Cryptography;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Documents;

/// <summary>Attaches a signed file to a licence (the grantor's staff or the licensee's admin), with its SHA-256, size, type and uploader.</summary>
internal sealed record AttachLicenceDocument(Guid LicenceId, string? FileName, string? ContentType, byte[] Content) : ICommand<LicenceDocumentDto>, IDurableCommand;

internal sealed class AttachLicenceDocumentHandler(DbSession db, ActorContext actorContext, DocumentStore store, LicenceHistory history, TimeProvider clock)
    : IRequestHandler<AttachLicenceDocument, LicenceDocumentDto>
{
    public async Task<LicenceDocumentDto> Handle(AttachLicenceDocument request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var licence = await LicenceAccess.LoadVisibleAsync(db, actor, request.LicenceId, cancellationToken);
        if (!LicenceAccess.CanManage(actor, licence.GrantorOrganizationId) && !actor.HasRole(licence.LicenseeOrganizationId, Roles.StructureAdmin))
            throw new ForbiddenException(Text.T("Seules les parties à la licence y joignent des documents.", "Only the licence's parties attach documents."));
        var errors = DocumentRules.Check(request.FileName, request.ContentType, request.Content);
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var id = Guid.CreateVersion7();
        var relative = DocumentStore.RelativePath("licences", licence.Id, id, DocumentRules.ExtensionOf(request.ContentType!));
        var row = new DocumentRow
        {
            Id = id, LicenceId = licence.Id, FileName = request.FileName!.Trim(), ContentType = request.ContentType!.ToLowerInvariant(),
            SizeBytes = request.Content.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content)), StoragePath = relative,
            UploadedAt = clock.GetUtcNow(), UploadedByName = actor.DisplayName,
        };
        // The file is written first: if the row then fails, the file goes; a crash in between leaves an orphan file, never a row without its file.
        await store.WriteAsync(relative, request.Content, cancellationToken);
        try
        {
            await db.ExecuteAsync(InsertSql, new
            {
                row.Id, row.LicenceId, row.FileName, row.ContentType, row.SizeBytes, row.Sha256, row.StoragePath, row.UploadedAt, ActorId = actor.UserId,
                row.UploadedByName,
            }, cancellationToken);
            await history.RecordAsync(licence.Id, "documentAttached", $"{row.FileName} ({row.SizeBytes} octets, sha256 {row.Sha256})", actor, cancellationToken);
        }
        catch
        {
            store.Delete(relative);
            throw;
        }
        return row.ToDto();
    }

    internal const string InsertSql = """
        INSERT INTO licences_documents (id, licence_id, file_name, content_type, size_bytes, sha256, storage_path, uploaded_at, uploaded_by_id, uploaded_by_name)
        VALUES (@Id, @LicenceId, @FileName, @ContentType, @SizeBytes, @Sha256, @StoragePath, @UploadedAt, @ActorId, @UploadedByName)
        """;
}
