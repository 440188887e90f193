using SwarmNet.Modules.Affiliations.Domain;
using SwarmNet.Modules.Affiliations.Reading;

namespace SwarmNet.Modules.Affiliations.Programmes;

/// <summary>A network's collective programme; <see cref="Participants"/> (agreements in force taking part) for the head's side only.</summary>
internal sealed record ProgrammeDto(Guid Id, Guid NetworkId, ProgrammeKind Kind, string Name, string? Description, DateOnly CreatedOn, int? Participants);

/// <summary>An affiliate taking part in a programme, through its agreement, since <see cref="JoinedOn"/>.</summary>
internal sealed record ParticipantDto(Guid AffiliationId, PartyDto Affiliate, ContractStatus Status, DateOnly JoinedOn, string JoinedBy);

/// <summary>A programme the agreement's affiliate takes part in, as its agreement shows it.</summary>
internal sealed record ParticipationDto(Guid ProgrammeId, ProgrammeKind Kind, string Name, DateOnly JoinedOn, string JoinedBy);

internal sealed class ParticipationRow
{
    public Guid Id { get; init; }
    public ProgrammeKind Kind { get; init; }
    public string Name { get; init; } = "";
    public DateOnly JoinedOn { get; init; }
    public string JoinedByName { get; init; } = "";

    public ParticipationDto Dto => new(Id, Kind, Name, JoinedOn, JoinedByName);
}

internal sealed class ProgrammeRow
{
    public Guid Id { get; init; }
    public Guid NetworkId { get; init; }
    public ProgrammeKind Kind { get; init; }
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public DateOnly CreatedOn { get; init; }
    public long? Participants { get; init; }

    public ProgrammeDto Dto(bool headSide) => new(Id, NetworkId, Kind, Name, Description, CreatedOn, headSide ? (int)(Participants ?? 0) : null);

    public const string Columns = "p.id, p.network_id, p.kind, p.name, p.description, p.created_on";

    /// <summary>Agreements in force take part; an ended or draft one does not count (alias <c>c</c> on affiliations_contracts).</summary>
    public const string InForce = "c.status IN ('Active', 'Suspended')";
}
