using System.Security.Cryptography;
using SwarmNet.BuildingBlocks.Errors;

namespace SwarmNet.BuildingBlocks.Documents;

/// <summary>
/// Documents on disk under the data folder (Documents:Root, default data/documents), one folder per owner (a licence, a
/// candidacy…) inside its module's area, named by document id so a client's file name never reaches the file system.
/// </summary>
public sealed class DocumentStore(string root)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The path relative to <see cref="Root"/>, as stored in the table (the root may move between hosts).</summary>
    public static string RelativePath(string area, Guid ownerId, Guid documentId, string extension) =>
        Path.Combine(area, ownerId.ToString("N"), documentId.ToString("N") + extension);

    /// <summary>
    /// Checks the file (<see cref="DocumentRules"/>; every error at <paramref name="errorPath"/>, or at the rule's own path —
    /// /fileName, /contentType, /content — when null), hashes it and writes it.
    /// Hashing and writing are slow: call this before the command's transaction opens, and <see cref="Delete"/> the file
    /// if the command then fails.
    /// </summary>
    public async Task<StoredDocument> StoreAsync(string area, Guid ownerId, UploadedFile file, string? errorPath, CancellationToken ct)
    {
        var contentType = DocumentRules.Resolve(file.ContentType, file.Content);
        var errors = DocumentRules.Check(file.FileName, contentType, file.Content);
        if (errors.Count > 0)
            throw new InputValidationException(errorPath is null ? errors : errors.Select(e => e with { Path = errorPath }).DistinctBy(e => e.Message).ToList());
        var id = Guid.CreateVersion7();
        var relative = RelativePath(area, ownerId, id, DocumentRules.ExtensionOf(contentType!));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content));
        await WriteAsync(relative, file.Content, ct);
        return new StoredDocument(id, file.FileName!.Trim(), contentType!.ToLowerInvariant(), file.Content.Length, sha256, relative);
    }

    public async Task WriteAsync(string relativePath, byte[] content, CancellationToken ct)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public Stream OpenRead(string relativePath) => File.OpenRead(Path.Combine(Root, relativePath));
}
