using System.Globalization;

namespace SwarmNet.Modules.Royalties.Contracts.Terms;

/// <summary>Ramp-up steps: valid month ranges that never overlap, each discount within [0, 1].</summary>
internal static class RampUpRules
{
    public static void Check(IReadOnlyList<RampUpStep>? steps, ErrorCollector errors)
    {
        for (var j = 0; steps is not null && j < steps.Count; j++)
        {
            var path = "/rampUp/" + j.ToString(CultureInfo.InvariantCulture);
            if (steps[j] is not { } step)
            {
                errors.Add(path, TermsMessages.Required);
                continue;
            }

            if (errors.Required(step.Discount, path + "/discount"))
            {
                errors.Unit(step.Discount!.Value, path + "/discount");
            }

            if (IsWellFormed(step, path, errors) && OverlapsAnEarlierStep(steps, j))
            {
                errors.Add(path, TermsMessages.RampUpOverlap);
            }
        }
    }

    private static bool IsWellFormed(RampUpStep step, string path, ErrorCollector errors)
    {
        var fromPresent = errors.Required(step.FromMonth, path + "/fromMonth");
        var toPresent = errors.Required(step.ToMonth, path + "/toMonth");
        if (fromPresent && step.FromMonth < 1)
        {
            errors.Add(path + "/fromMonth", TermsMessages.FromMonth);
            return false;
        }

        if (fromPresent && toPresent && step.ToMonth < step.FromMonth)
        {
            errors.Add(path + "/toMonth", TermsMessages.ToMonth);
            return false;
        }

        return fromPresent && toPresent;
    }

    // Only well-formed earlier steps count: a broken one already has its own error.
    private static bool OverlapsAnEarlierStep(IReadOnlyList<RampUpStep> steps, int j)
    {
        var step = steps[j];
        for (var i = 0; i < j; i++)
        {
            if (steps[i] is { FromMonth: { } from, ToMonth: { } to } && from >= 1 && to >= from
                && from <= step.ToMonth && step.FromMonth <= to)
            {
                return true;
            }
        }

        return false;
    }
}
