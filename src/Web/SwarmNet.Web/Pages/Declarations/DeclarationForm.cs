using SwarmNet.Modules.Royalties.Contracts.Agreements;
using SwarmNet.Modules.Royalties.Contracts.Declarations;

namespace SwarmNet.Web.Pages.Declarations;

/// <summary>
/// What the declaration form holds: a period, an amount per revenue category (the categories the agreement's terms name),
/// or no activity, and the sworn statement. A blank amount is left out, so the module says what is missing.
/// </summary>
public sealed class DeclarationForm
{
    public DateOnly? PeriodStart { get; set; }

    public Dictionary<string, decimal?> Revenue { get; } = [];

    public bool NoActivity { get; set; }

    public string? SwornName { get; set; }

    public bool SwornAccepted { get; set; }

    /// <summary>The declaration being corrected, if any: its id and the version the declarant saw.</summary>
    public (Guid Id, int Version)? Correcting { get; set; }

    /// <summary>The categories the terms in force at the latest version name (a component without any counts every category).</summary>
    public static IReadOnlyList<string> CategoriesOf(AgreementDto agreement) =>
        agreement.TermsVersions.OrderBy(v => v.Number).LastOrDefault()?.Terms.Components?
            .SelectMany(c => c.Categories ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList() is { Count: > 0 } named
            ? named
            : [DefaultCategory];

    public const string DefaultCategory = "chiffre_affaires";

    public static DeclarationForm For(AgreementDto agreement, string? declarant)
    {
        var form = new DeclarationForm { SwornName = declarant };
        foreach (var category in CategoriesOf(agreement))
            form.Revenue[category] = null;
        return form;
    }

    public SwornStatement Sworn(DateOnly today) => new(SwornName, today, SwornAccepted, null);

    public IReadOnlyDictionary<string, decimal>? Amounts() => NoActivity ? null
        : Revenue.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value);

    /// <summary>A first declaration of the period, or a correction of the one chosen.</summary>
    public MediatR.IRequest<DeclarationDto> Command(Guid agreementId, DateOnly today) => Correcting is { } correcting
        ? new CorrectDeclaration(correcting.Id, correcting.Version, Amounts(), NoActivity, Sworn(today))
        : new DeclareRevenue(agreementId, PeriodStart, Amounts(), NoActivity, Sworn(today));

    /// <summary>Fills the form from a declaration, to correct it.</summary>
    public void Correct(DeclarationDto declaration)
    {
        Correcting = (declaration.Id, declaration.Version);
        PeriodStart = declaration.PeriodStart;
        NoActivity = declaration.NoActivity;
        foreach (var category in Revenue.Keys.Union(declaration.Revenue.Keys).ToList())
            Revenue[category] = declaration.Revenue.TryGetValue(category, out var amount) ? amount : null;
        SwornAccepted = false;
    }
}
