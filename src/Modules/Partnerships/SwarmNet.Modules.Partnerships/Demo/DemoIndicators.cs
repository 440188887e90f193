using SwarmNet.Modules.Partnerships.Domain;

namespace SwarmNet.Modules.Partnerships.Demo;

/// <summary>
/// What Simplon's fabriques measure for their funders — trainees (of whom women, refugees, people with disabilities, young
/// people without a diploma), certifications, people in employment six months later — and what each quarter brought.
/// </summary>
internal static class DemoIndicators
{
    public static readonly IndicatorTerms[] All =
    [
        new("TRAINEES", "Apprenant·es entré·es en formation", "personnes", IndicatorAggregation.Sum,
        [
            new("WOMEN", "femmes"), new("REFUGEES", "personnes réfugiées"), new("DISABLED", "personnes en situation de handicap"),
            new("NODIPLOMA", "jeunes sans diplôme"),
        ]),
        new("CERTIFIED", "Certifications obtenues", "personnes", IndicatorAggregation.Sum, [new("WOMEN", "femmes")]),
        new("EMPLOYED6M", "En emploi six mois après la formation", "personnes", IndicatorAggregation.Latest, [new("WOMEN", "femmes")]),
    ];

    /// <summary>One quarter's figures: trainees and their breakdowns, certifications (of whom women), people in employment (of whom women).</summary>
    public sealed record Quarter(int Trainees, int Women, int Refugees, int Disabled, int NoDiploma, int Certified, int CertifiedWomen, int Employed, int EmployedWomen)
    {
        public IReadOnlyList<IndicatorReportValue?> Values() =>
        [
            new("TRAINEES", Trainees, new Dictionary<string, decimal?> { ["WOMEN"] = Women, ["REFUGEES"] = Refugees, ["DISABLED"] = Disabled, ["NODIPLOMA"] = NoDiploma }),
            new("CERTIFIED", Certified, new Dictionary<string, decimal?> { ["WOMEN"] = CertifiedWomen }),
            new("EMPLOYED6M", Employed, new Dictionary<string, decimal?> { ["WOMEN"] = EmployedWomen }),
        ];
    }

    /// <summary>Pau, eight quarters: a class every quarter, the first certified after six months, employment building up.</summary>
    public static readonly Quarter[] Pau =
    [
        new(12, 5, 2, 1, 6, 0, 0, 0, 0), new(14, 6, 1, 1, 7, 9, 4, 0, 0), new(11, 4, 2, 0, 5, 10, 4, 5, 2), new(15, 7, 3, 2, 8, 8, 3, 11, 5),
        new(13, 6, 2, 1, 7, 12, 5, 17, 7), new(16, 7, 2, 1, 8, 11, 5, 22, 9), new(12, 5, 1, 1, 6, 13, 6, 28, 12), new(14, 6, 3, 2, 7, 10, 4, 33, 14),
    ];

    /// <summary>The Pays basque, four quarters.</summary>
    public static readonly Quarter[] PaysBasque =
    [
        new(8, 4, 1, 0, 3, 0, 0, 0, 0), new(10, 4, 2, 1, 4, 6, 3, 0, 0), new(9, 5, 1, 1, 4, 7, 3, 4, 2), new(11, 5, 1, 0, 5, 8, 4, 9, 4),
    ];
}
