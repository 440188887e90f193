using SwarmNet.BuildingBlocks.Documents;

namespace SwarmNet.ContractKernel.Documents;

/// <summary>The documents of a contract, for its parties' members only.</summary>
public sealed record ListContractDocuments<TKind>(Guid ContractId) : IQuery<IReadOnlyList<ContractDocumentDto>> where TKind : IContractKind;

/// <summary>One document's file, for its parties' members only.</summary>
public sealed record OpenContractDocument<TKind>(Guid ContractId, Guid DocumentId) : IQuery<DocumentFile> where TKind : IContractKind;

internal sealed class ListContractDocumentsHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actor)
    : IRequestHandler<ListContractDocuments<TKind>, IReadOnlyList<ContractDocumentDto>> where TKind : IContractKind
{
    public async Task<IReadOnlyList<ContractDocumentDto>> Handle(ListContractDocuments<TKind> request, CancellationToken cancellationToken)
    {
        var contract = await store.LoadVisibleAsync(actor.Current, request.ContractId, cancellationToken);
        return (await db.QueryAsync<DocumentRow>(SelectSql, new { contract.Id }, cancellationToken)).Select(d => d.ToDto()).ToList();
    }

    internal const string SelectSql = "SELECT " + DocumentRow.Columns + " FROM {{P}}_documents d WHERE d.{{CONTRACT_ID}} = @Id ORDER BY d.uploaded_at, d.id";
}

internal sealed class OpenContractDocumentHandler<TKind>(ContractDb<TKind> db, ContractStore<TKind> store, ActorContext actor, DocumentStore files)
    : IRequestHandler<OpenContractDocument<TKind>, DocumentFile> where TKind : IContractKind
{
    public async Task<DocumentFile> Handle(OpenContractDocument<TKind> request, CancellationToken cancellationToken)
    {
        var contract = await store.LoadVisibleAsync(actor.Current, request.ContractId, cancellationToken);
        var row = await db.QuerySingleOrDefaultAsync<DocumentRow>(SelectSql, new { Id = request.DocumentId, ContractId = contract.Id }, cancellationToken)
                  ?? throw new NotFoundException(Text.T("Document introuvable.", "Document not found."));
        return new DocumentFile(row.FileName, row.ContentType, files.OpenRead(row.StoragePath));
    }

    internal const string SelectSql = "SELECT " + DocumentRow.Columns + " FROM {{P}}_documents d WHERE d.id = @Id AND d.{{CONTRACT_ID}} = @ContractId";
}
