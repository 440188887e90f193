namespace SwarmNet.ContractKernel.Documents;

/// <summary>A file kept with a contract: its SHA-256, size and type (checked by content), and who uploaded it when.</summary>
public sealed record ContractDocumentDto(Guid Id, Guid ContractId, string FileName, string ContentType, long SizeBytes, string Sha256,
    DateTimeOffset UploadedAt, string UploadedBy);

/// <summary>One document's file: the caller streams <see cref="Content"/> and disposes it.</summary>
public sealed record DocumentFile(string FileName, string ContentType, Stream Content);

internal sealed class DocumentRow
{
    public Guid Id { get; init; }
    public Guid ContractId { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public string StoragePath { get; init; } = "";
    public DateTimeOffset UploadedAt { get; init; }
    public string UploadedByName { get; init; } = "";

    public ContractDocumentDto ToDto() => new(Id, ContractId, FileName, ContentType, SizeBytes, Sha256, UploadedAt, UploadedByName);

    public const string Columns =
        "d.id, d.{{CONTRACT_ID}} AS contract_id, d.file_name, d.content_type, d.size_bytes, d.sha256, d.storage_path, d.uploaded_at, d.uploaded_by_name";
}
