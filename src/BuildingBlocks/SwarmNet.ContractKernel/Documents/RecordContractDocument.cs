using SwarmNet.BuildingBlocks.Documents;

namespace SwarmNet.ContractKernel.Documents;

/// <summary>The document's row and its history line, in one short transaction once the file is safely on disk.</summary>
internal sealed record RecordContractDocument<TKind>(Guid ContractId, StoredDocument Document) : ICommand<ContractDocumentDto>, IDurableCommand where TKind : IContractKind;

internal sealed class RecordContractDocumentHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actorContext,
    ContractHistory<TKind> history, TimeProvider clock) : IRequestHandler<RecordContractDocument<TKind>, ContractDocumentDto> where TKind : IContractKind
{
    public async Task<ContractDocumentDto> Handle(RecordContractDocument<TKind> request, CancellationToken cancellationToken)
    {
        var actor = actorContext.Current;
        var contract = await store.LoadVisibleAsync(actor, request.ContractId, cancellationToken);
        DocumentAccess.EnsureParty(actor, contract, TKind.Info.Noun);
        var row = new DocumentRow
        {
            Id = request.Document.Id, ContractId = contract.Id, FileName = request.Document.FileName, ContentType = request.Document.ContentType,
            SizeBytes = request.Document.SizeBytes, Sha256 = request.Document.Sha256, StoragePath = request.Document.StoragePath, UploadedAt = clock.GetUtcNow(),
            UploadedByName = actor.DisplayName,
        };
        await db.ExecuteAsync(InsertSql, new
        {
            row.Id, row.ContractId, row.FileName, row.ContentType, row.SizeBytes, row.Sha256, row.StoragePath, row.UploadedAt, ActorId = actor.UserId, row.UploadedByName,
        }, cancellationToken);
        await history.RecordAsync(contract.Id, "documentAttached", Text.T($"{row.FileName} ({row.SizeBytes} octets, sha256 {row.Sha256})",
            $"{row.FileName} ({row.SizeBytes} bytes, sha256 {row.Sha256})"), actor, cancellationToken);
        return row.ToDto();
    }

    internal const string InsertSql = """
        INSERT INTO {{P}}_documents (id, {{CONTRACT_ID}}, file_name, content_type, size_bytes, sha256, storage_path, uploaded_at, uploaded_by_id, uploaded_by_name)
        VALUES (@Id, @ContractId, @FileName, @ContentType, @SizeBytes, @Sha256, @StoragePath, @UploadedAt, @ActorId, @UploadedByName)
        """;
}
