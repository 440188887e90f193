using SwarmNet.BuildingBlocks.Actors;
using SwarmNet.Modules.Network.Contracts.Notifications;
using SwarmNet.Modules.Obligations.Domain;

namespace SwarmNet.Modules.Obligations.Reminders;

/// <summary>What a reminder (relance) tells the party that owes, and an escalation (alerte) tells the network head: French and English.</summary>
internal static class ReminderNotices
{
    public static Notice For(ClaimedReminder r) => r.Kind == ReminderKinds.Escalation ? Escalation(r) : Reminder(r);

    private static Notice Reminder(ClaimedReminder r)
    {
        var (organization, roles) = r.Actor switch
        {
            "grantee" => (r.StructureOrganizationId, new[] { Roles.StructureAdmin, Roles.StructureMember }),
            "grantor" => (r.GrantorOrganizationId, new[] { Roles.NetworkAdmin, Roles.NetworkStaff }),
            _ => (Guid.TryParse(r.Actor, out var partner) ? partner : r.StructureOrganizationId, Roles.OfOrganizations.ToArray()),
        };
        var late = r.State == OccurrenceStates.Overdue;
        return new Notice(organization, roles, $"obligations.reminder:{r.OccurrenceId}",
            new LocalizedText($"Relance : « {r.Title} » à rendre le {r.DueDate:dd/MM/yyyy}", $"Reminder: '{r.Title}' due on {r.DueDate:yyyy-MM-dd}"),
            new LocalizedText(
                $"L'échéance « {r.Title} » ({r.Code}) du contrat {r.ContractTitle} est à rendre le {r.DueDate:dd/MM/yyyy}"
                + (late ? " : elle est en retard." : ".") + " Si vous l'avez déjà déposée, ne tenez pas compte de ce message.",
                $"The occurrence '{r.Title}' ({r.Code}) of contract {r.ContractTitle} is due on {r.DueDate:yyyy-MM-dd}"
                + (late ? ": it is overdue." : ".") + " If you have already submitted it, please ignore this message."),
            Link(r));
    }

    private static Notice Escalation(ClaimedReminder r) => new(r.GrantorOrganizationId, [Roles.NetworkAdmin, Roles.NetworkStaff],
        $"obligations.escalation:{r.OccurrenceId}",
        new LocalizedText($"Alerte : « {r.Title} » en retard ({r.ContractTitle})", $"Alert: '{r.Title}' overdue ({r.ContractTitle})"),
        new LocalizedText(
            $"L'échéance « {r.Title} » ({r.Code}) du contrat {r.ContractTitle} était à rendre le {r.DueDate:dd/MM/yyyy} et n'a pas été déposée.",
            $"The occurrence '{r.Title}' ({r.Code}) of contract {r.ContractTitle} was due on {r.DueDate:yyyy-MM-dd} and has not been submitted."),
        Link(r));

    private static string Link(ClaimedReminder r) => $"/obligations/occurrences/{r.OccurrenceId}";
}
