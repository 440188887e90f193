using System.Globalization;
using SwarmNet.BuildingBlocks.Errors;
using static SwarmNet.Modules.Obligations.Contracts.Terms.ObligationVocabulary;

namespace SwarmNet.Modules.Obligations.Contracts.Terms;

/// <summary>
/// The obligation-terms rules. Every error is returned at once; paths are JSON pointers behind
/// <paramref name="pathPrefix"/> (e.g. "/obligationTerms/2/schedule/day"). Contract modules validate what they store
/// with it, so the Obligations module can always turn stored terms into due dates.
/// </summary>
public static class ObligationTermsValidator
{
    /// <param name="partnerOrganizationIds">Organisations besides grantor and grantee that may carry an obligation (partnerships); none by default.</param>
    /// <param name="cover">When known, a <c>once</c> date must fall inside it.</param>
    /// <param name="anyOrganizationId">A preview has no parties: any organisation id is accepted as an actor.</param>
    public static IReadOnlyList<FieldError> Validate(
        IReadOnlyList<ObligationTerm?>? terms, string pathPrefix = "", IReadOnlyCollection<Guid>? partnerOrganizationIds = null,
        ContractCover? cover = null, bool anyOrganizationId = false)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        var errors = new List<FieldError>();
        if (terms is null)
        {
            errors.Add(new(pathPrefix, ObligationMessages.Required));
            return errors;
        }
        var seenCodes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < terms.Count; i++)
        {
            var path = $"{pathPrefix}/{i.ToString(CultureInfo.InvariantCulture)}";
            if (terms[i] is not { } term)
            {
                errors.Add(new(path, ObligationMessages.Required));
                continue;
            }
            CheckTexts(term, path, seenCodes, errors);
            CheckVocabulary(term, path, partnerOrganizationIds ?? [], anyOrganizationId, errors);
            ScheduleRules.Check(term.Schedule, $"{path}/schedule", errors);
            if (cover is { } c && term.Schedule is { Kind: Once, Date: { } date } && !c.Contains(date))
                errors.Add(new($"{path}/schedule/date", ObligationMessages.OutsideCover));
            CheckReminders(term, path, errors);
        }
        return errors;
    }

    private static void CheckTexts(ObligationTerm term, string path, HashSet<string> seenCodes, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(term.Code) || term.Code.Length > MaxCodeLength)
            errors.Add(new($"{path}/code", ObligationMessages.Length(1, MaxCodeLength)));
        else if (!seenCodes.Add(term.Code.Trim()))
            errors.Add(new($"{path}/code", ObligationMessages.DuplicateCode(term.Code)));
        if (string.IsNullOrWhiteSpace(term.Title) || term.Title.Length > MaxTitleLength)
            errors.Add(new($"{path}/title", ObligationMessages.Length(1, MaxTitleLength)));
        if (term.Description is { Length: > MaxDescriptionLength })
            errors.Add(new($"{path}/description", ObligationMessages.Length(0, MaxDescriptionLength)));
    }

    private static void CheckVocabulary(ObligationTerm term, string path, IReadOnlyCollection<Guid> partners, bool anyOrganization, List<FieldError> errors)
    {
        if (term.Category is null || !Categories.Contains(term.Category))
            errors.Add(new($"{path}/category", ObligationMessages.OneOf(Categories)));
        if (term.Evidence is null || !Evidence.Contains(term.Evidence))
            errors.Add(new($"{path}/evidence", ObligationMessages.OneOf(Evidence)));
        var isParty = term.Actor is Grantee or Grantor;
        var isPartner = Guid.TryParse(term.Actor, out var partner) && (anyOrganization || partners.Contains(partner));
        if (!isParty && !isPartner)
            errors.Add(new($"{path}/actor", partners.Count == 0 && !anyOrganization ? ObligationMessages.OneOf([Grantee, Grantor]) : ObligationMessages.ActorOrPartner));
    }

    private static void CheckReminders(ObligationTerm term, string path, List<FieldError> errors)
    {
        if (term.Reminders is { } reminders)
        {
            if (reminders.Count > MaxReminders)
                errors.Add(new($"{path}/reminders", ObligationMessages.TooManyReminders));
            for (var r = 0; r < reminders.Count; r++)
            {
                if (reminders[r] is < 0 or > MaxDaysAfter)
                    errors.Add(new($"{path}/reminders/{r}", ObligationMessages.Range(0, MaxDaysAfter)));
                else if (reminders.Take(r).Contains(reminders[r]))
                    errors.Add(new($"{path}/reminders/{r}", ObligationMessages.DuplicateReminder));
            }
        }
        if (term.EscalateAfterDays is < 1 or > MaxDaysAfter)
            errors.Add(new($"{path}/escalateAfterDays", ObligationMessages.Range(1, MaxDaysAfter)));
    }
}
