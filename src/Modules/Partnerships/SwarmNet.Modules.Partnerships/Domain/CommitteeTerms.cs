using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>The steering committee (comité de pilotage) the contract sets up, and how often it meets.</summary>
internal sealed record CommitteeTerms(CommitteeCadence? Cadence, string? Name = null)
{
    public const string ObligationCode = "COPIL";

    public static IEnumerable<FieldError> Validate(CommitteeTerms? committee, string path)
    {
        if (committee is null)
            yield break;
        if (committee.Cadence is not { } cadence || !Enum.IsDefined(cadence))
            yield return new($"{path}/cadence", Text.T("Rythme obligatoire : monthly, quarterly ou annually.", "A cadence is required: monthly, quarterly or annually."));
        if (committee.Name is { } name && (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100))
            yield return new($"{path}/name", Text.T("Nom de 1 à 100 caractères.", "A name of 1 to 100 characters."));
    }

    /// <summary>The lead convenes it: one meeting per month, quarter or year, due by the period's last day.</summary>
    public ObligationTerm Obligation(Guid lead) => new()
    {
        Code = ObligationCode,
        Title = ContributionSchedule.Shorten($"Réunion du {Name?.Trim() ?? "comité de pilotage"} ({Glossary.Of(Cadence!.Value)})"),
        Category = "governance",
        Actor = lead.ToString("D"),
        Evidence = "file",
        Schedule = Cadence switch
        {
            CommitteeCadence.Monthly => new ObligationSchedule { Kind = ObligationVocabulary.Monthly, Day = 31 },
            CommitteeCadence.Quarterly => new ObligationSchedule { Kind = ObligationVocabulary.Quarterly, DaysAfterQuarterEnd = 0 },
            _ => new ObligationSchedule { Kind = ObligationVocabulary.Annually, Month = 12, Day = 31 },
        },
        Reminders = [15],
    };
}

internal enum CommitteeCadence
{
    Monthly,
    Quarterly,
    Annually,
}
