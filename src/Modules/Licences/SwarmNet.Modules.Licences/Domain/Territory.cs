using System.Text.RegularExpressions;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.Modules.Licences.Domain;

/// <summary>
/// Where a licence applies: INSEE commune codes ("64445" Pau), department codes ("64", "2A", "974"), and/or a free
/// description. Overlap is decided on the codes only: a free description cannot be compared (docs/adr/0041).
/// </summary>
internal sealed partial record Territory(IReadOnlyList<string>? Communes, IReadOnlyList<string>? Departments, string? Description)
{
    public IReadOnlyList<string> CommuneCodes => Normalize(Communes);

    public IReadOnlyList<string> DepartmentCodes => Normalize(Departments);

    public bool IsStructured => CommuneCodes.Count > 0 || DepartmentCodes.Count > 0;

    /// <summary>Overseas communes (971xx…976xx) sit in three-character departments; all others in two.</summary>
    public static string DepartmentOf(string commune) => commune.StartsWith("97", StringComparison.Ordinal) ? commune[..3] : commune[..2];

    /// <summary>
    /// The codes both territories cover: shared communes, shared departments, and communes of one inside a department
    /// of the other. Unknown (null) when either side is a free description only, since that cannot be compared.
    /// </summary>
    public IReadOnlyList<string>? OverlapWith(Territory other)
    {
        if (!IsStructured || !other.IsStructured)
            return null;
        var shared = CommuneCodes.Intersect(other.CommuneCodes)
            .Concat(DepartmentCodes.Intersect(other.DepartmentCodes))
            .Concat(CommuneCodes.Where(c => other.DepartmentCodes.Contains(DepartmentOf(c))))
            .Concat(other.CommuneCodes.Where(c => DepartmentCodes.Contains(DepartmentOf(c))));
        return shared.Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public IEnumerable<FieldError> Validate(string prefix, bool exclusive)
    {
        if (!IsStructured && string.IsNullOrWhiteSpace(Description))
            yield return new(prefix, Text.T("Indiquez des communes, des départements ou une description.", "Give communes, departments or a description."));
        else if (exclusive && !IsStructured)
            yield return new(prefix, Text.T("Une exclusivité se définit par des communes ou des départements.",
                "Exclusivity needs communes or departments."));
        for (var i = 0; i < (Communes?.Count ?? 0); i++)
            if (Communes![i] is not { } c || !CommuneCode().IsMatch(c.Trim()))
                yield return new($"{prefix}/communes/{i}", Text.T("Code INSEE de commune attendu (ex. 64445).", "An INSEE commune code is expected (e.g. 64445)."));
        for (var i = 0; i < (Departments?.Count ?? 0); i++)
            if (Departments![i] is not { } d || !DepartmentCode().IsMatch(d.Trim()))
                yield return new($"{prefix}/departments/{i}", Text.T("Code de département attendu (ex. 64, 2A, 974).", "A department code is expected (e.g. 64, 2A, 974)."));
        if (Description is { Length: > 1000 })
            yield return new($"{prefix}/description", Text.T("Au plus 1000 caractères.", "At most 1000 characters."));
    }

    private static List<string> Normalize(IReadOnlyList<string>? codes) =>
        (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct().ToList();

    [GeneratedRegex("^(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AaBb])[0-9]{3}$|^97[1-6][0-9]{2}$")]
    private static partial Regex CommuneCode();

    [GeneratedRegex("^(?:0[1-9]|[1-8][0-9]|9[0-5]|2[AaBb]|97[1-6])$")]
    private static partial Regex DepartmentCode();
}
