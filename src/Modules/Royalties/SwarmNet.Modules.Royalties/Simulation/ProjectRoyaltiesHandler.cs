using MediatR;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>Turns a monthly revenue and its growth into one declaration per period of the terms' grid, then simulates.</summary>
internal sealed class ProjectRoyaltiesHandler : IRequestHandler<ProjectRoyalties, RoyaltySimulationResult>
{
    public const int MaxYears = 10;

    public Task<RoyaltySimulationResult> Handle(ProjectRoyalties request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>(RoyaltyTermsValidator.Validate(request.Terms, "/terms"));
        if (request.Years is < 1 or > MaxYears)
            errors.Add(new("/years", Text.T($"De 1 à {MaxYears} ans.", $"From 1 to {MaxYears} years.")));
        if (request.MonthlyRevenue < 0m || request.MonthlyRevenue > RoyaltyVocabulary.MaxAmount || !Money.HasAtMostTwoDecimals(request.MonthlyRevenue))
            errors.Add(new("/monthlyRevenue", Text.T("Un chiffre d'affaires mensuel positif, au centime près.", "A positive monthly revenue, to the cent.")));
        if (request.AnnualGrowth is < -0.9m or > 10m)
            errors.Add(new("/annualGrowth", Text.T("Une croissance annuelle entre -90 % et 1000 %.", "An annual growth between -90 % and 1000 %.")));
        if (errors.Count > 0)
            throw new InputValidationException(errors);

        var terms = request.Terms!;
        var frame = TermsCompiler.Frame(terms);
        var until = frame.YearStart(request.Years + 1).AddDays(-1) is var last && last < frame.EndDate ? last : frame.EndDate;
        var category = terms.Components!.SelectMany(c => c.Categories ?? []).FirstOrDefault() ?? "chiffre_affaires";
        var declarations = PeriodGrid.Build(frame, until).Periods.Where(p => p.Start <= until).Select(p => new DeclarationInput
        {
            Start = p.Start,
            Revenue = new Dictionary<string, decimal>
            {
                // A whole period is its months' revenue; a partial first or last one, its share of them.
                [category] = Money.Round2(request.MonthlyRevenue * frame.MonthsPerPeriod * p.CoveredDays / p.PeriodDays * Growth(request.AnnualGrowth, p.Year - 1)),
            },
        }).ToList();
        var outcome = SimulateRoyalties.Run(new RoyaltySimulationRequest { Terms = terms, Declarations = declarations, Until = until });
        return outcome.Result is { } result ? Task.FromResult(result) : throw new InputValidationException(outcome.Errors);
    }

    private static decimal Growth(decimal rate, int years)
    {
        var factor = 1m;
        for (var i = 0; i < years; i++)
            factor *= 1m + rate;
        return factor;
    }
}
