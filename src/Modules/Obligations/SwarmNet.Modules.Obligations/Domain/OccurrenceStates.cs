using SwarmNet.Modules.Obligations.Contracts.Occurrences;

namespace SwarmNet.Modules.Obligations.Domain;

/// <summary>
/// Upcoming → Due → Submitted → Accepted; Rejected goes back to the structure, Overdue once the due date passed, Waived
/// by the network head, Cancelled when a termination or an amendment removes it. Stored as these words.
/// </summary>
internal static class OccurrenceStates
{
    public const string Upcoming = "Upcoming";
    public const string Due = "Due";
    public const string Submitted = "Submitted";
    public const string Accepted = "Accepted";
    public const string Rejected = "Rejected";
    public const string Overdue = "Overdue";
    public const string Waived = "Waived";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlyList<string> All = [Upcoming, Due, Submitted, Accepted, Rejected, Overdue, Waived, Cancelled];

    /// <summary>Still owed by the structure: what a submission, a waiver, a termination or an amendment may change.</summary>
    public static readonly IReadOnlyList<string> Open = OccurrenceReviewRules.OpenStates;

    public static bool IsOpen(string state) => Open.Contains(state);

    /// <summary>The glossary's words, for French sentences; English on request.</summary>
    public static string Label(string state) => OccurrenceStateNames.Label(state);
}
