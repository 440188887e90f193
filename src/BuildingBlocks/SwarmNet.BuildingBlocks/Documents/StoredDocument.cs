namespace SwarmNet.BuildingBlocks.Documents;

/// <summary>A file as received (multipart part or raw body), before any check.</summary>
public sealed record UploadedFile(string? FileName, string? ContentType, byte[] Content);

/// <summary>A checked file written to the <see cref="DocumentStore"/>: what a module's table keeps of it.</summary>
public sealed record StoredDocument(Guid Id, string FileName, string ContentType, long SizeBytes, string Sha256, string StoragePath);

/// <summary>A stored document opened for download: the caller streams <see cref="Content"/> and disposes it.</summary>
public sealed record OpenedDocument(string FileName, string ContentType, Stream Content);
