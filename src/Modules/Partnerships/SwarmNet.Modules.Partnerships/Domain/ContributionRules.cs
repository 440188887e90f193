using System.Text.RegularExpressions;
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
                ContributionKind.Financial => ContributionKindRules.Financial(c, term, path),
                ContributionKind.InKind or ContributionKind.StaffTime => ContributionKindRules.Valued(c, term, path),
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

    private static string NotAPartner => Text.T("Un des partenaires du contrat.", "One of the contract's partners.");

    [GeneratedRegex("^[A-Za-z0-9-]{1,12}$")]
    private static partial Regex CodePattern();
}
