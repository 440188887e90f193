using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Affiliations.Domain;

/// <summary>Where an affiliate stands with one version of the network's charter.</summary>
internal enum AcknowledgementState
{
    Pending,
    Overdue,
    Acknowledged,
    AcknowledgedLate,
}

/// <summary>
/// The acknowledgement of a charter version: due a number of days (the network's delay) after it reached the affiliate —
/// its publication, or the agreement's activation for an affiliate who joins later — on time up to and including that day.
/// The duty is also an obligation term (obligation-terms.md), so the Obligations module dates, reminds and reports it.
/// </summary>
internal static class CharterDeadlines
{
    public const int DefaultDays = 30;
    public const int MaxDays = 365;

    public static DateOnly DueOn(DateOnly requestedOn, int days) => requestedOn.AddDays(days);

    public static AcknowledgementState StateOn(DateOnly dueOn, DateOnly? acknowledgedOn, DateOnly today) => acknowledgedOn switch
    {
        { } on when on <= dueOn => AcknowledgementState.Acknowledged,
        not null => AcknowledgementState.AcknowledgedLate,
        null when today > dueOn => AcknowledgementState.Overdue,
        _ => AcknowledgementState.Pending,
    };

    public static string Code(int number) => $"CHARTE-V{number}";

    public static ObligationTerm Obligation(int number, DateOnly dueOn) => new()
    {
        Code = Code(number),
        Title = $"Prise de connaissance de la charte, version {number}",
        Description = "Lire la nouvelle version de la charte du réseau et en prendre connaissance sur la convention d'affiliation.",
        Category = "compliance",
        Actor = ObligationVocabulary.Grantee,
        Evidence = "none",
        Schedule = new ObligationSchedule { Kind = ObligationVocabulary.Once, Date = dueOn },
        Reminders = [7, 1],
        EscalateAfterDays = 7,
    };
}
