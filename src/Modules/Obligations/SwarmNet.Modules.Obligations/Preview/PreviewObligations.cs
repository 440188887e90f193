using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.Modules.Obligations.Contracts.Terms;
using SwarmNet.Modules.Obligations.Schedule;
using SwarmNet.Modules.Royalties.Contracts.Periods;
using SwarmNet.Modules.Royalties.Contracts.Terms;

namespace SwarmNet.Modules.Obligations.Preview;

/// <summary>
/// The preview: every error at once, or the occurrences due in [from, to]. Stores nothing; a preview lists every
/// reminder date, since nothing has been generated yet.
/// </summary>
internal static class PreviewObligations
{
    /// <summary>Dates the schedule supports, as for royalty terms (docs/adr/0090).</summary>
    private static readonly DateOnly Earliest = RoyaltyVocabulary.EarliestDate;
    private static readonly DateOnly Latest = RoyaltyVocabulary.LatestEffectiveDate;
    public const int MaxYears = 10;

    public static (PreviewResult? Result, IReadOnlyList<FieldError> Errors) Run(PreviewRequest? request)
    {
        if (request is null)
            return (null, [new FieldError("", Required)]);
        var errors = new List<FieldError>();
        var effective = CheckDate(request.EffectiveDate, "/effectiveDate", errors);
        var end = request.EndDate;
        if (end is { } e && (e < Earliest || e > Latest))
            errors.Add(new("/endDate", OutOfRange));
        else if (end is { } e2 && effective is { } eff && e2 < eff)
            errors.Add(new("/endDate", Text.T("La date de fin précède la date d'effet.", "The end date precedes the effective date.")));
        ContractCover? cover = effective is { } start ? new ContractCover(start, end) : null;
        errors.AddRange(ObligationTermsValidator.Validate(request.Obligations, "/obligations", cover: cover, anyOrganizationId: true));
        var grid = CheckRoyaltyTerms(request, errors);
        var from = CheckDate(request.From, "/from", errors);
        if (request.To is not { } to)
            errors.Add(new("/to", Required));
        else if (from is { } f && (to < f || to > f.AddYears(MaxYears)))
            errors.Add(new("/to", Text.T($"Entre from et {MaxYears} ans après from.", $"Between from and {MaxYears} years after from.")));
        if (errors.Count > 0)
            return (null, errors);

        var occurrences = ObligationCalendar.Between(request.Obligations!.Select(o => o!), cover!.Value, grid, from!.Value, request.To!.Value);
        return (new PreviewResult(occurrences.Select(o =>
            new PreviewOccurrence(o.Code, o.DueDate, o.PeriodStart, o.PeriodEnd, o.ReminderDates, o.EscalationDate)).ToList()), []);
    }

    /// <summary>Required only when an afterPeriodEnd schedule needs the royalty periods; ignored otherwise.</summary>
    private static RoyaltyGrid? CheckRoyaltyTerms(PreviewRequest request, List<FieldError> errors)
    {
        var needed = request.Obligations?.Any(o => o?.Schedule?.Kind == ObligationVocabulary.AfterPeriodEnd) == true;
        if (!needed)
            return null;
        if (request.RoyaltyTerms is not { } terms)
        {
            errors.Add(new("/royaltyTerms", Text.T("Requis par une obligation afterPeriodEnd.", "Required by an afterPeriodEnd obligation.")));
            return null;
        }
        var grid = RoyaltyGrid.From(terms.Periodicity, terms.RoyaltyYear);
        if (RoyaltyPeriods.MonthsPerPeriod(terms.Periodicity) is null)
            errors.Add(new("/royaltyTerms/periodicity", OneOf(RoyaltyVocabulary.Monthly, RoyaltyVocabulary.Quarterly, RoyaltyVocabulary.Annual)));
        if (terms.RoyaltyYear is not (RoyaltyVocabulary.ContractYear or RoyaltyVocabulary.CalendarYear))
            errors.Add(new("/royaltyTerms/royaltyYear", OneOf(RoyaltyVocabulary.ContractYear, RoyaltyVocabulary.CalendarYear)));
        return grid;
    }

    private static DateOnly? CheckDate(DateOnly? date, string path, List<FieldError> errors)
    {
        if (date is not { } d)
            errors.Add(new(path, Required));
        else if (d < Earliest || d > Latest)
            errors.Add(new(path, OutOfRange));
        else
            return d;
        return null;
    }

    private static string Required => Text.T("Champ obligatoire.", "Required.");

    private static string OutOfRange => Text.T("Une date entre 1900 et 2999.", "A date between 1900 and 2999.");

    private static string OneOf(params string[] values) =>
        Text.T($"Valeurs possibles : {string.Join(", ", values)}.", $"Allowed values: {string.Join(", ", values)}.");
}
