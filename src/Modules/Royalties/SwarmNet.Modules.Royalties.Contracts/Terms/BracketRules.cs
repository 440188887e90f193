using System.Globalization;

namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>A tiered scale: a mode, and brackets rising strictly with exactly the last one open.</summary>
internal static class BracketRules
{
    public static void Check(RoyaltyComponentTerms component, string path, ErrorCollector errors)
    {
        if (component.Mode is not (RoyaltyVocabulary.Marginal or RoyaltyVocabulary.Whole))
        {
            errors.Add(path + "/mode", component.Mode is null ? TermsMessages.Required : TermsMessages.Mode);
        }

        if (component.Brackets is not { Count: > 0 } brackets)
        {
            errors.Add(path + "/brackets", TermsMessages.NoBracket);
            return;
        }

        decimal? previous = null;
        for (var j = 0; j < brackets.Count; j++)
        {
            var bracketPath = path + "/brackets/" + j.ToString(CultureInfo.InvariantCulture);
            if (brackets[j] is not { } bracket)
            {
                errors.Add(bracketPath, TermsMessages.Required);
                continue;
            }

            if (errors.Required(bracket.Rate, bracketPath + "/rate"))
            {
                errors.Unit(bracket.Rate!.Value, bracketPath + "/rate");
            }

            CheckUpTo(bracket.UpTo, j == brackets.Count - 1, previous, bracketPath + "/upTo", errors);
            previous = bracket.UpTo ?? previous;
        }
    }

    // A rule between two brackets names the later one, so a threshold that does not rise is reported on itself.
    private static void CheckUpTo(decimal? upTo, bool isLast, decimal? previous, string path, ErrorCollector errors)
    {
        if (upTo is not { } value)
        {
            if (!isLast)
            {
                errors.Add(path, TermsMessages.OnlyLastOpen);
            }

            return;
        }

        if (isLast)
        {
            errors.Add(path, TermsMessages.LastMustBeOpen);
        }
        else if (value <= 0m)
        {
            errors.Add(path, TermsMessages.UpToPositive);
        }
        else if (previous is { } floor && value <= floor)
        {
            errors.Add(path, TermsMessages.UpToRising);
        }
        else
        {
            errors.Cents(value, path);
        }
    }
}
