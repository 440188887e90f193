using SwarmNet.BuildingBlocks.Money;
using SwarmNet.ContractKernel.Drafting;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// What each kind of contribution carries: money its amount and 1 to 48 instalments on increasing dates inside the term
/// that add up to it; in kind a valuation and a due date; staff time days (by half days) besides. Nothing of another kind.
/// </summary>
internal static class ContributionKindRules
{
    public static IEnumerable<FieldError> Financial(ContributionTerms c, ContractTerm? term, string path)
    {
        if (c.Valuation is not null) yield return NotForKind($"{path}/valuation");
        if (c.Days is not null) yield return NotForKind($"{path}/days");
        if (c.DueDate is not null) yield return NotForKind($"{path}/dueDate");
        if (c.Amount is not { } amount || !IsPositiveMoney(amount))
            yield return new($"{path}/amount", PositiveMoney);
        if (c.Schedule is not { Count: >= 1 and <= ContributionRules.MaxInstalments } schedule)
        {
            yield return new($"{path}/schedule", Text.T($"De 1 à {ContributionRules.MaxInstalments} versements.", $"From 1 to {ContributionRules.MaxInstalments} instalments."));
            yield break;
        }
        DateOnly? previous = null;
        for (var n = 0; n < schedule.Count; n++)
        {
            var at = $"{path}/schedule/{n}";
            if (schedule[n] is not { } instalment)
            {
                yield return ContractTerms.Missing(at);
                continue;
            }
            if (instalment.Amount is not { } part || !IsPositiveMoney(part))
                yield return new($"{at}/amount", PositiveMoney);
            if (DueDateError(instalment.DueDate, term, $"{at}/dueDate") is { } dateError)
                yield return dateError;
            else if (previous is { } p && instalment.DueDate <= p)
                yield return new($"{at}/dueDate", Text.T("Les versements se suivent : chaque date après la précédente.", "Instalments follow each other: each date after the previous one."));
            previous = instalment.DueDate ?? previous;
        }
        if (c.Amount is { } total && schedule.All(s => s?.Amount is not null) && schedule.Sum(s => s!.Amount!.Value) != total)
            yield return new($"{path}/schedule", Text.T("Les versements doivent totaliser le montant de l'apport.", "The instalments must add up to the contribution's amount."));
    }

    public static IEnumerable<FieldError> Valued(ContributionTerms c, ContractTerm? term, string path)
    {
        if (c.Amount is not null) yield return NotForKind($"{path}/amount");
        if (c.Schedule is not null) yield return NotForKind($"{path}/schedule");
        if (c.Valuation is not { } valuation || valuation < 0 || !Money.HasAtMostTwoDecimals(valuation) || valuation > MaxAmount)
            yield return new($"{path}/valuation", Text.T("Valorisation en euros, positive ou nulle, au centime près.", "A valuation in euros, zero or more, to the cent."));
        if (c.Kind == ContributionKind.StaffTime && (c.Days is not { } days || days <= 0 || days > 10000 || days * 2 != Math.Truncate(days * 2)))
            yield return new($"{path}/days", Text.T("Nombre de jours, par demi-journées, de 0,5 à 10 000.", "A number of days, in half days, from 0.5 to 10,000."));
        if (c.Kind == ContributionKind.InKind && c.Days is not null)
            yield return NotForKind($"{path}/days");
        if (DueDateError(c.DueDate, term, $"{path}/dueDate") is { } dateError)
            yield return dateError;
    }

    private static FieldError? DueDateError(DateOnly? due, ContractTerm? term, string path) => due switch
    {
        null => ContractTerms.Missing(path),
        { } d when term is not null && (d < term.EffectiveDate || (term.EndDate is { } end && d > end)) =>
            new(path, Text.T("Date comprise dans la durée du contrat.", "A date within the contract's term.")),
        _ => null,
    };

    private const decimal MaxAmount = 1_000_000_000m;

    private static bool IsPositiveMoney(decimal amount) => amount > 0 && amount <= MaxAmount && Money.HasAtMostTwoDecimals(amount);

    private static string PositiveMoney => Text.T("Montant en euros, positif, au centime près.", "An amount in euros, above zero, to the cent.");

    private static FieldError NotForKind(string path) => new(path, Text.T("Sans objet pour ce type d'apport.", "Not for this kind of contribution."));
}
