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

    public async Task WriteAsync(string relativePath, byte[] content, CancellationToken ct)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, content, ct);
    }

    public void Delete(string relativePath) => File.Delete(Path.Combine(Root, relativePath));

    public Stream OpenRead(string relativePath) => File.OpenRead(Path.Combine(Root, relativePath));
}
