namespace SwarmNet.Modules.Affiliations.Charter;

/// <summary>One published version of a network's charter: what changed, its text and/or document, the delay to acknowledge it.</summary>
internal sealed record CharterDocumentDto(string FileName, string ContentType, long SizeBytes, string Sha256);

internal sealed record CharterVersionDto(
    Guid NetworkId, int Number, string Summary, string? Text, CharterDocumentDto? Document, DateOnly PublishedOn, int AcknowledgeWithinDays,
    DateOnly DueOn, DateTimeOffset PublishedAt, string PublishedBy, CharterProgressDto? Progress);

/// <summary>For the network head's side: how many affiliates it reached, acknowledged it, and are late.</summary>
internal sealed record CharterProgressDto(int Pushed, int Acknowledged, int Overdue);

internal sealed class CharterVersionRow
{
    public Guid Id { get; init; }
    public Guid NetworkId { get; init; }
    public int Number { get; init; }
    public string Summary { get; init; } = "";
    public string? Text { get; init; }
    public string? FileName { get; init; }
    public string? ContentType { get; init; }
    public long? SizeBytes { get; init; }
    public string? Sha256 { get; init; }
    public string? StoragePath { get; init; }
    public DateOnly PublishedOn { get; init; }
    public int AcknowledgeWithinDays { get; init; }
    public DateTimeOffset PublishedAt { get; init; }
    public string PublishedByName { get; init; } = "";

    public CharterVersionDto Dto(bool withText, CharterProgressDto? progress) => new(NetworkId, Number, Summary, withText ? Text : null,
        FileName is null ? null : new CharterDocumentDto(FileName, ContentType!, SizeBytes ?? 0, Sha256!), PublishedOn, AcknowledgeWithinDays,
        Domain.CharterDeadlines.DueOn(PublishedOn, AcknowledgeWithinDays), PublishedAt, PublishedByName, progress);

    public const string Columns = """
        v.id, v.network_id, v.number, v.summary, v.text, v.file_name, v.content_type, v.size_bytes, v.sha256, v.storage_path, v.published_on,
        v.acknowledge_within_days, v.published_at, v.published_by_name
        """;
}
