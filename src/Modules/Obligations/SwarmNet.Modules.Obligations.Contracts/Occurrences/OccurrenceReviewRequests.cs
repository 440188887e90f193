using SwarmNet.BuildingBlocks.Messaging;

namespace SwarmNet.Modules.Obligations.Contracts.Occurrences;

/// <summary>
/// The network head's team (admins and staff) accepts a submitted occurrence, or rejects it back to the structure with
/// a reason. Published for the occurrence page (docs/adr/0117); the handler stays the module's.
/// </summary>
public sealed record ReviewOccurrence(Guid OccurrenceId, int Version, bool Accept, string? Reason) : ICommand<OccurrenceDto>;

/// <summary>The network head's admins dispense a structure from an occurrence still owed, saying why.</summary>
public sealed record WaiveOccurrence(Guid OccurrenceId, int Version, string Reason) : ICommand<OccurrenceDto>;

/// <summary>Who may review or waive an occurrence and when, as the handlers decide it: pages show their buttons by it.</summary>
public static class OccurrenceReviewRules
{
    public static readonly IReadOnlyList<string> OpenStates = ["Upcoming", "Due", "Rejected", "Overdue"];

    public static bool IsReviewable(string state) => state == "Submitted";

    public static bool IsWaivable(string state) => OpenStates.Contains(state);
}
