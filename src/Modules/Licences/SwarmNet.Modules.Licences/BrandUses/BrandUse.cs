namespace SwarmNet.Modules.Licences.BrandUses;

/// <summary>What the licensee wants to put the brand on.</summary>
internal enum BrandUseKind
{
    Flyer,
    VehicleLivery,
    Signage,
    Website,
    SocialMedia,
    Other,
}

internal enum BrandUseStatus
{
    Submitted,
    Approved,
    Rejected,
}

internal sealed record BrandUseDto(
    Guid Id, Guid LicenceId, BrandUseKind Kind, string Description, string? FileReference, BrandUseStatus Status,
    DateTimeOffset SubmittedAt, string SubmittedBy, DateTimeOffset? DecidedAt, string? DecidedBy, string? Comment);

internal sealed class BrandUseRow
{
    public Guid Id { get; init; }
    public Guid LicenceId { get; init; }
    public BrandUseKind Kind { get; init; }
    public string Description { get; init; } = "";
    public string? FileReference { get; init; }
    public BrandUseStatus Status { get; init; }
    public DateTimeOffset SubmittedAt { get; init; }
    public string SubmittedByName { get; init; } = "";
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecidedByName { get; init; }
    public string? Comment { get; init; }

    public BrandUseDto ToDto() => new(Id, LicenceId, Kind, Description, FileReference, Status, SubmittedAt, SubmittedByName, DecidedAt, DecidedByName, Comment);

    public const string Columns =
        "u.id, u.licence_id, u.kind, u.description, u.file_reference, u.status, u.submitted_at, u.submitted_by_name, u.decided_at, u.decided_by_name, u.comment";
}
