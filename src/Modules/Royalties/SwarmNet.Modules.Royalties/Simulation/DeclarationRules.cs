using System.Globalization;
using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Money;
using SwarmNet.Modules.Royalties.Contracts.Simulation;
using SwarmNet.Modules.Royalties.Contracts.Terms;
using SwarmNet.Modules.Royalties.Engine;

namespace SwarmNet.Modules.Royalties.Simulation;

/// <summary>
/// Section 5 for what surrounds the terms: each declaration and <c>until</c>. Checks that need the period grid
/// run whenever the terms' frame is valid, even if other terms fields are not, so every error shows at once.
/// </summary>
internal static class DeclarationRules
{
    public static SimulationWindow? Check(RoyaltySimulationRequest request, GridFrame? frame, List<FieldError> errors)
    {
        var declarations = request.Declarations ?? [];
        for (var i = 0; i < declarations.Count; i++)
        {
            CheckShape(declarations[i], "/declarations/" + i.ToString(CultureInfo.InvariantCulture), errors);
        }

        if (frame is not { } f)
        {
            CheckDuplicateDates(declarations, errors);
            return null;
        }

        // Errors read in input order: declarations, then until.
        var untilErrors = new List<FieldError>();
        var until = CheckUntil(request.Until, f, untilErrors);
        var horizon = declarations
            .Select(d => d?.Start)
            .Where(s => s is { } start && f.Covers(start) && start <= f.Horizon)
            .Append(until)
            .Max() ?? f.EffectiveDate;
        var grid = PeriodGrid.Build(f, horizon);
        var periods = MatchPeriods(declarations, f, grid, errors);
        errors.AddRange(untilErrors);
        var count = until is { } u ? grid.IndexOf(u) + 1 : periods.DefaultIfEmpty(-1).Max() + 1;
        return new SimulationWindow(grid, count, periods);
    }

    private static void CheckShape(DeclarationInput? declaration, string path, List<FieldError> errors)
    {
        if (declaration is null)
        {
            errors.Add(new FieldError(path, SimulationMessages.Required));
            return;
        }

        if (declaration.Start is null)
        {
            errors.Add(new FieldError(path + "/start", SimulationMessages.Required));
        }

        if (declaration.Revenue is null)
        {
            errors.Add(new FieldError(path + "/revenue", SimulationMessages.Required));
            return;
        }

        foreach (var (category, revenue) in declaration.Revenue.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var revenuePath = path + "/revenue/" + JsonPointer.Escape(category);
            if (category.Length is < 1 or > 50)
            {
                errors.Add(new FieldError(revenuePath, SimulationMessages.CategoryName));
            }
            else if (revenue < 0m)
            {
                errors.Add(new FieldError(revenuePath, SimulationMessages.RevenueNotNegative));
            }
            else if (revenue > RoyaltyVocabulary.MaxAmount)
            {
                errors.Add(new FieldError(revenuePath, SimulationMessages.AmountTooLarge));
            }
            else if (!Money.HasAtMostTwoDecimals(revenue))
            {
                errors.Add(new FieldError(revenuePath, SimulationMessages.AtMostTwoDecimals));
            }
        }
    }

    private static DateOnly? CheckUntil(DateOnly? until, GridFrame frame, List<FieldError> errors)
    {
        if (until is not { } date)
        {
            return null;
        }

        var message = !frame.Covers(date) ? SimulationMessages.OutsideCover
            : date > frame.Horizon ? SimulationMessages.BeyondHorizon
            : null;
        if (message is null)
        {
            return date;
        }

        errors.Add(new FieldError("/until", message));
        return null;
    }

    /// <summary>The period of each declaration (-1 when invalid); a second declaration of a period is the error.</summary>
    private static int[] MatchPeriods(IReadOnlyList<DeclarationInput?> declarations, GridFrame frame, PeriodGrid grid, List<FieldError> errors)
    {
        var periods = new int[declarations.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < declarations.Count; i++)
        {
            periods[i] = -1;
            if (declarations[i]?.Start is not { } start)
            {
                continue;
            }

            var path = "/declarations/" + i.ToString(CultureInfo.InvariantCulture) + "/start";
            var index = frame.Covers(start) && start <= frame.Horizon ? grid.IndexOf(start) : -1;
            string? message = !frame.Covers(start) ? SimulationMessages.OutsideCover
                : start > frame.Horizon ? SimulationMessages.BeyondHorizon
                : grid.Periods[index].Start != start ? SimulationMessages.NotAPeriodStart(grid.Periods[index].Start)
                : !seen.Add(index) ? SimulationMessages.DuplicatePeriod
                : null;
            if (message is null)
            {
                periods[i] = index;
            }
            else
            {
                errors.Add(new FieldError(path, message));
            }
        }

        return periods;
    }

    private static void CheckDuplicateDates(IReadOnlyList<DeclarationInput?> declarations, List<FieldError> errors)
    {
        var seen = new HashSet<DateOnly>();
        for (var i = 0; i < declarations.Count; i++)
        {
            if (declarations[i]?.Start is { } start && !seen.Add(start))
            {
                errors.Add(new FieldError("/declarations/" + i.ToString(CultureInfo.InvariantCulture) + "/start", SimulationMessages.DuplicatePeriod));
            }
        }
    }
}
