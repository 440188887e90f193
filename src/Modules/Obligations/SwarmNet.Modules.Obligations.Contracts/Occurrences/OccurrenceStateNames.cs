using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Obligations.Contracts.Occurrences;

/// <summary>An occurrence's state as users read it (the glossary's words), for messages and pages alike.</summary>
public static class OccurrenceStateNames
{
    public static string Label(string state) => state switch
    {
        "Upcoming" => Text.T("à venir", "upcoming"),
        "Due" => Text.T("à rendre", "due"),
        "Submitted" => Text.T("déposée", "submitted"),
        "Accepted" => Text.T("acceptée", "accepted"),
        "Rejected" => Text.T("refusée", "rejected"),
        "Overdue" => Text.T("en retard", "overdue"),
        "Waived" => Text.T("dispensée", "waived"),
        _ => Text.T("annulée", "cancelled"),
    };
}
