using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>A decision of the steering committee (relevé de décisions): what, who follows it up, by when.</summary>
internal sealed record DecisionTerms(string? Title, Guid? OwnerOrganizationId, DateOnly? DueDate)
{
    public const int MaxDecisions = 30;

    public static string ObligationCode(int number) => $"DEC-{number}";

    public static IEnumerable<FieldError> Validate(IReadOnlyList<DecisionTerms?>? decisions, IReadOnlyCollection<Guid> partners, DateOnly heldOn, DateOnly? lastDay, string prefix)
    {
        if (decisions is null)
            yield break;
        if (decisions.Count > MaxDecisions)
            yield return new(prefix, Text.T($"Au plus {MaxDecisions} décisions par réunion.", $"At most {MaxDecisions} decisions per meeting."));
        for (var i = 0; i < decisions.Count; i++)
        {
            var path = $"{prefix}/{i}";
            if (decisions[i] is not { } d)
            {
                yield return new(path, Text.T("Champ obligatoire.", "Required."));
                continue;
            }
            if (string.IsNullOrWhiteSpace(d.Title) || d.Title.Trim().Length > 150)
                yield return new($"{path}/title", Text.T("Décision de 1 à 150 caractères.", "A decision of 1 to 150 characters."));
            if (d.OwnerOrganizationId is not { } owner || !partners.Contains(owner))
                yield return new($"{path}/ownerOrganizationId", Text.T("Un des partenaires du contrat.", "One of the contract's partners."));
            if (d.DueDate is not { } due || due < heldOn || (lastDay is { } last && due > last))
                yield return new($"{path}/dueDate", Text.T("Échéance entre la réunion et la fin du contrat.", "A due date between the meeting and the contract's end."));
        }
    }

    /// <summary>Its follow-up is an obligation of the partner who owns it, once on its due date.</summary>
    public ObligationTerm Obligation(int number) => new()
    {
        Code = ObligationCode(number),
        Title = ContributionSchedule.Shorten($"Décision n° {number} du comité : {Title!.Trim()}"),
        Category = "governance",
        Actor = OwnerOrganizationId!.Value.ToString("D"),
        Evidence = "none",
        Schedule = new ObligationSchedule { Kind = ObligationVocabulary.Once, Date = DueDate },
        Reminders = [7],
    };
}
