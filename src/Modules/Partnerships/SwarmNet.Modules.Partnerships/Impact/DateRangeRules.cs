using System.Linq.Expressions;
using FluentValidation;

namespace SwarmNet.Modules.Partnerships.Impact;

/// <summary>A range asked with from and to (either may be left open) ends after it starts: the error names "to".</summary>
internal static class DateRangeRules
{
    public static void AddRangeRule<T>(this AbstractValidator<T> validator, Func<T, DateOnly?> from, Expression<Func<T, DateOnly?>> to)
    {
        var end = to.Compile();
        validator.RuleFor(to).Must((query, _) => from(query) is not { } start || end(query) is not { } stop || stop >= start)
            .WithMessage(_ => Text.T("La fin de l'intervalle suit son début.", "The range ends after it starts."));
    }
}
