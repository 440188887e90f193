namespace SwarmNet.Modules.Obligations.Domain;

/// <summary>What obligations_reminders holds: a reminder to the party that owes (days before), or an escalation to the network head (days after).</summary>
internal static class ReminderKinds
{
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";
}
