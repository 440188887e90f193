using SwarmNet.BuildingBlocks.Documents;
using MediatR;
using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.BuildingBlocks.Data;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Messaging;
using SwarmNet.Modules.Licences.Persistence;

namespace SwarmNet.Modules.Licences.Documents;

/// <summary>The documents of a licence, for its parties only.</summary>
internal sealed record ListLicenceDocuments(Guid LicenceId) : IQuery<IReadOnlyList<LicenceDocumentDto>>;

/// <summary>One document's file, for its parties only: the caller streams <see cref="DocumentFile.Content"/> and disposes it.</summary>
internal sealed record OpenLicenceDocument(Guid LicenceId, Guid DocumentId) : IQuery<DocumentFile>;

internal sealed record DocumentFile(string FileName, string ContentType, Stream Content);

internal sealed class ListLicenceDocumentsHandler(DbSession db, ActorContext actor) : IRequestHandler<ListLicenceDocuments, IReadOnlyList<LicenceDocumentDto>>
{
    public async Task<IReadOnlyList<LicenceDocumentDto>> Handle(ListLicenceDocuments request, CancellationToken cancellationToken)
    {
        var licence = await LicenceAccess.LoadVisibleAsync(db, actor.Current, request.LicenceId, cancellationToken);
        return (await db.QueryAsync<DocumentRow>(SelectSql, new { licence.Id }, cancellationToken)).Select(d => d.ToDto()).ToList();
    }

    internal const string SelectSql = "SELECT " + DocumentRow.Columns + " FROM licences_documents d WHERE d.licence_id = @Id ORDER BY d.uploaded_at, d.id";
}

internal sealed class OpenLicenceDocumentHandler(DbSession db, ActorContext actor, DocumentStore store) : IRequestHandler<OpenLicenceDocument, DocumentFile>
{
    public async Task<DocumentFile> Handle(OpenLicenceDocument request, CancellationToken cancellationToken)
    {
        var licence = await LicenceAccess.LoadVisibleAsync(db, actor.Current, request.LicenceId, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<DocumentRow>(SelectSql, new { Id = request.DocumentId, LicenceId = licence.Id }, cancellationToken)
                  ?? throw new NotFoundException(Text.T("Document introuvable.", "Document not found."));
        return new DocumentFile(row.FileName, row.ContentType, store.OpenRead(row.StoragePath));
    }

    internal const string SelectSql = "SELECT " + DocumentRow.Columns + " FROM licences_documents d WHERE d.id = @Id AND d.licence_id = @LicenceId";
}
