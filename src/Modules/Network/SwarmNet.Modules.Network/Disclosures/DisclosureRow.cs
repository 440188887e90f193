using SwarmNet.Modules.Network.Contracts.Candidacies;
using SwarmNet.Modules.Network.Domain;

namespace SwarmNet.Modules.Network.Disclosures;

internal sealed record DisclosureHeadingDto(DisclosureHeading Code, string Label, bool Covered);

internal sealed record DisclosureDocumentDto(string FileName, string ContentType, long SizeBytes, string Sha256);

/// <summary>The DIP given to a candidate: when, what it covers (each R330-1 heading), its document, and the first day signing is possible.</summary>
internal sealed record CandidacyDisclosureDto(
    Guid Id, Guid CandidacyId, DateOnly GivenOn, DateOnly SigningPossibleFrom, bool Complete, IReadOnlyList<DisclosureHeadingDto> Headings,
    DisclosureDocumentDto Document, DateTimeOffset RecordedAt, string RecordedBy);

internal sealed class DisclosureRow
{
    public Guid Id { get; init; }
    public Guid CandidacyId { get; init; }
    public DateOnly GivenOn { get; init; }
    public string Headings { get; init; } = "";
    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
    public string Sha256 { get; init; } = "";
    public string StoragePath { get; init; } = "";
    public DateTimeOffset RecordedAt { get; init; }
    public string RecordedByName { get; init; } = "";

    public DisclosureDto ToGate() =>
        new(GivenOn, DisclosureHeadings.Missing(DisclosureHeadings.Read(Headings)).Select(DisclosureHeadings.Label).ToList());

    public CandidacyDisclosureDto ToDto()
    {
        var covered = DisclosureHeadings.Read(Headings);
        var gate = ToGate();
        return new CandidacyDisclosureDto(Id, CandidacyId, GivenOn, gate.SigningPossibleFrom!.Value, gate.IsComplete,
            DisclosureHeadings.All.Select(h => new DisclosureHeadingDto(h, DisclosureHeadings.Label(h), covered.Contains(h))).ToList(),
            new DisclosureDocumentDto(FileName, ContentType, SizeBytes, Sha256), RecordedAt, RecordedByName);
    }

    /// <summary>The latest disclosure recorded for @Id (a corrected DIP replaces the earlier one; both stay on record). Needs @Skip = 0, @Take = 1.</summary>
    public const string LatestSql = """
        SELECT d.id, d.candidacy_id, d.given_on, d.headings, d.file_name, d.content_type, d.size_bytes, d.sha256, d.storage_path,
               d.recorded_at, d.recorded_by_name
        FROM network_candidacy_disclosures d WHERE d.candidacy_id = @Id ORDER BY d.recorded_at DESC, d.id DESC {{PAGE}}
        """;
}
