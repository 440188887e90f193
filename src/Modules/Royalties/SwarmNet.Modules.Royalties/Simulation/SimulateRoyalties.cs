using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// The royalty simulation: validate everything at once, lay the grid up to the simulated window, book the
/// declarations, run the engine, shape the statements. Stores nothing; the output depends only on the input,
/// never on the order of the declarations.
/// </summary>
internal static class SimulateRoyalties
{
    public static SimulationOutcome Run(RoyaltySimulationRequest? request)
    {
        if (request is null)
        {
            return SimulationOutcome.Invalid([new FieldError("", SimulationMessages.Required)]);
        }

        var errors = new List<FieldError>(RoyaltyTermsValidator.Validate(request.Terms, "/terms"));
        var window = DeclarationRules.Check(request, FrameOf(request.Terms), errors);
        if (errors.Count > 0 || window is null)
        {
            return SimulationOutcome.Invalid(errors);
        }

        var terms = TermsCompiler.Compile(request.Terms!);
        var plan = RoyaltyPlan.Build(terms, window.Grid);
        var revenue = Book(request.Declarations ?? [], window, terms);
        var ledger = new RoyaltyLedger();
        RoyaltyEngine.Run(plan, revenue, window.PeriodCount, ledger);
        return SimulationOutcome.Valid(SimulationResultBuilder.Build(plan, revenue, ledger));
    }

    /// <summary>Parses, runs and serialises: the path the CLI and the endpoint share.</summary>
    public static (string Json, IReadOnlyList<FieldError> Errors) RunJson(string json)
    {
        var (request, parseError) = RoyaltiesJson.ParseRequest(json);
        if (parseError is not null)
        {
            return ("", [parseError]);
        }

        var outcome = Run(request);
        return outcome.Result is { } result ? (RoyaltiesJson.Serialize(result), []) : ("", outcome.Errors);
    }

    /// <summary>
    /// The grid's frame when the fields it needs are valid (the validator reports them otherwise), so that
    /// declarations are checked against the grid even while other terms fields are wrong.
    /// </summary>
    private static GridFrame? FrameOf(RoyaltyTerms? terms) =>
        terms is
        {
            EffectiveDate: { } effective,
            Periodicity: RoyaltyVocabulary.Monthly or RoyaltyVocabulary.Quarterly or RoyaltyVocabulary.Annual,
            RoyaltyYear: RoyaltyVocabulary.ContractYear or RoyaltyVocabulary.CalendarYear,
        }
        && effective >= RoyaltyVocabulary.EarliestDate && effective <= RoyaltyVocabulary.LatestEffectiveDate
        && (terms.EndDate is null || terms.EndDate >= effective)
            ? TermsCompiler.Frame(terms)
            : null;

    private static RevenueMatrix Book(IReadOnlyList<DeclarationInput> declarations, SimulationWindow window, CompiledTerms terms)
    {
        var revenue = new RevenueMatrix();
        revenue.Reset(window.PeriodCount, terms.Categories.Length + 1);
        for (var i = 0; i < declarations.Count; i++)
        {
            var period = window.DeclarationPeriods[i];
            if (period >= window.PeriodCount)
            {
                continue; // declared after until: outside the simulated window
            }

            revenue.MarkDeclared(period);
            foreach (var (category, amount) in declarations[i].Revenue!)
            {
                revenue.Add(period, terms.ColumnOf(category), amount);
            }
        }

        return revenue;
    }
}
