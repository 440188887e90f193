using System.Text.RegularExpressions;
using SwarmNet.ContractKernel.Drafting;
using SwarmNet.Modules.Obligations.Contracts.Terms;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>A milestone (jalon) or a deliverable (livrable): what, which partner answers for it, by when. Its code is its obligation's.</summary>
internal sealed record MilestoneTerms(string? Code, MilestoneKind? Kind, string? Title, Guid? OwnerOrganizationId, DateOnly? DueDate, string? Description = null);

internal enum MilestoneKind
{
    Milestone,
    Deliverable,
}

internal static partial class MilestoneRules
{
    public const int MaxMilestones = 100;

    public static IEnumerable<FieldError> Validate(IReadOnlyList<MilestoneTerms?>? milestones, IReadOnlyCollection<Guid> partners, ContractTerm? term, string prefix)
    {
        if (milestones is null)
            yield break;
        if (milestones.Count > MaxMilestones)
            yield return new(prefix, Text.T($"Au plus {MaxMilestones} jalons et livrables.", $"At most {MaxMilestones} milestones and deliverables."));
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < milestones.Count; i++)
        {
            var path = $"{prefix}/{i}";
            if (milestones[i] is not { } m)
            {
                yield return ContractTerms.Missing(path);
                continue;
            }
            if (m.Code is null || !CodePattern().IsMatch(m.Code))
                yield return new($"{path}/code", Text.T("Code de 1 à 20 lettres, chiffres ou tirets.", "A code of 1 to 20 letters, digits or hyphens."));
            else if (!codes.Add(m.Code))
                yield return new($"{path}/code", Text.T($"Le code {m.Code} est déjà celui d'un autre jalon.", $"Code {m.Code} is already another milestone's."));
            if (m.Kind is not { } kind || !Enum.IsDefined(kind))
                yield return ContractTerms.Missing($"{path}/kind");
            if (string.IsNullOrWhiteSpace(m.Title) || m.Title.Trim().Length > 150)
                yield return new($"{path}/title", Text.T("Intitulé de 1 à 150 caractères.", "A title of 1 to 150 characters."));
            if (m.Description is { Length: > 2000 })
                yield return new($"{path}/description", Text.T("Description de 2 000 caractères au plus.", "A description of at most 2,000 characters."));
            if (m.OwnerOrganizationId is not { } owner || !partners.Contains(owner))
                yield return new($"{path}/ownerOrganizationId", Text.T("Un des partenaires du contrat.", "One of the contract's partners."));
            if (m.DueDate is not { } due)
                yield return ContractTerms.Missing($"{path}/dueDate");
            else if (term is not null && (due < term.EffectiveDate || (term.EndDate is { } end && due > end)))
                yield return new($"{path}/dueDate", Text.T("Date comprise dans la durée du contrat.", "A date within the contract's term."));
        }
    }

    /// <summary>Its owner answers for it, once on its due date, with a file as evidence.</summary>
    public static ObligationTerm Obligation(MilestoneTerms m) => new()
    {
        Code = m.Code!.Trim(),
        Title = ContributionSchedule.Shorten($"{(m.Kind == MilestoneKind.Deliverable ? "Livrable" : "Jalon")} : {m.Title!.Trim()}"),
        Description = m.Description?.Trim(),
        Category = m.Kind == MilestoneKind.Deliverable ? "reporting" : "compliance",
        Actor = m.OwnerOrganizationId!.Value.ToString("D"),
        Evidence = "file",
        Schedule = new ObligationSchedule { Kind = ObligationVocabulary.Once, Date = m.DueDate },
        Reminders = [15, 3],
    };

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex CodePattern();
}
