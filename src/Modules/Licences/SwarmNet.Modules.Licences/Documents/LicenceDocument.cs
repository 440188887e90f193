namespace SwarmNet.Modules.Licences.Documents;

internal sealed record LicenceDocumentDto(Guid Id, Guid LicenceId, string FileName, string ContentType, long SizeBytes, string Sha256,
    DateTimeOffset UploadedAt, string UploadedBy);

internal sealed class DocumentRow
{
    public Guid Id { get; init; }
    public Guid LicenceId { get; init; }
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public string StoragePath { get; init; } = "";
    public DateTimeOffset UploadedAt { get; init; }
    public string UploadedByName { get; init; } = "";

    public LicenceDocumentDto ToDto() => new(Id, LicenceId, FileName, ContentType, SizeBytes, Sha256, UploadedAt, UploadedByName);

    public const string Columns = "d.id, d.licence_id, d.file_name, d.content_type, d.size_bytes, d.sha256, d.storage_path, d.uploaded_at, d.uploaded_by_name";
}
