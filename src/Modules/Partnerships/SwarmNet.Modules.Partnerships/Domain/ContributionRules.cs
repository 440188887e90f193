using System.Text.RegularExpressions;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.ContractKernel.Drafting;

namespace SwarmNet.Modules.Partnerships.Domain;

/// <summary>
/// A contribution is between two different partners, says what is given, and falls due inside the contract's term;
/// money comes in 1 to 48 instalments on increasing dates that add up to its amount. Every error at once.
/// </summary>
internal static partial class ContributionRules
{
    public const int MaxContributions = 100;
    public const int MaxInstalments = 48;
    public const int MaxCodeLength = 12;

    public static IEnumerable<FieldError> Validate(IReadOnlyList<ContributionTerms?>? contributions, IReadOnlyCollection<Guid> partners, ContractTerm? term, string prefix)
    {
        if (contributions is null)
            yield break;
        if (contributions.Count > MaxContributions)
            yield return new(prefix, Text.T($"Au plus {MaxContributions} apports.", $"At most {MaxContributions} contributions."));
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < contributions.Count; i++)
        {
            var path = $"{prefix}/{i}";
            if (contributions[i] is not { } c)
            {
                yield return ContractTerms.Missing(path);
                continue;
            }
            if (c.Code is null || !CodePattern().IsMatch(c.Code))
                yield return new($"{path}/code", Text.T($"Code de 1 à {MaxCodeLength} lettres, chiffres ou tirets.", $"A code of 1 to {MaxCodeLength} letters, digits or hyphens."));
            else if (!codes.Add(c.Code))
                yield return new($"{path}/code", Text.T($"Le code {c.Code} est déjà celui d'un autre apport.", $"Code {c.Code} is already another contribution's."));
            foreach (var error in Parties(c, partners, path))
                yield return error;
            if (string.IsNullOrWhiteSpace(c.Description) || c.Description.Trim().Length > 500)
                yield return new($"{path}/description", Text.T("Ce qui est apporté, de 1 à 500 caractères.", "What is given, 1 to 500 characters."));
            IEnumerable<FieldError> kindErrors = c.Kind switch
            {
                ContributionKind.Financial => Financial(c, term, path),
                ContributionKind.InKind or ContributionKind.StaffTime => Valued(c, term, path),
                _ => [ContractTerms.Missing($"{path}/kind")],
            };
            foreach (var error in kindErrors)
                yield return error;
        }
    }

    private static IEnumerable<FieldError> Parties(ContributionTerms c, IReadOnlyCollection<Guid> partners, string path)
    {
        if (c.FromOrganizationId is not { } from || !partners.Contains(from))
            yield return new($"{path}/fromOrganizationId", NotAPartner);
        if (c.ToOrganizationId is not { } to || !partners.Contains(to))
            yield return new($"{path}/toOrganizationId", NotAPartner);
        else if (to == c.FromOrganizationId)
            yield return new($"{path}/toOrganizationId", Text.T("Un partenaire n'apporte pas à lui-même.", "A partner does not contribute to itself."));
    }

    private static IEnumerable<FieldError> Financial(ContributionTerms c, ContractTerm? term, string path)
    {
        if (c.Valuation is not null) yield return NotForKind($"{path}/valuation");
        if (c.Days is not null) yield return NotForKind($"{path}/days");
        if (c.DueDate is not null) yield return NotForKind($"{path}/dueDate");
        if (c.Amount is not { } amount || !IsPositiveMoney(amount))
            yield return new($"{path}/amount", PositiveMoney);
        if (c.Schedule is not { Count: >= 1 and <= MaxInstalments } schedule)
        {
            yield return new($"{path}/schedule", Text.T($"De 1 à {MaxInstalments} versements.", $"From 1 to {MaxInstalments} instalments."));
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

    private static IEnumerable<FieldError> Valued(ContributionTerms c, ContractTerm? term, string path)
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

    private static string NotAPartner => Text.T("Un des partenaires du contrat.", "One of the contract's partners.");

    private static FieldError NotForKind(string path) => new(path, Text.T("Sans objet pour ce type d'apport.", "Not for this kind of contribution."));

    [GeneratedRegex("^[A-Za-z0-9-]{1,12}$")]
    private static partial Regex CodePattern();
}
