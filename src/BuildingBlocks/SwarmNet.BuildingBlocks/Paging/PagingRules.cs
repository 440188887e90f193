using System.Linq.Expressions;
using FluentValidation;

namespace SwarmNet.BuildingBlocks.Paging;

/// <summary>The page/pageSize rules every list query shares.</summary>
public static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator, Expression<Func<T, int>> page, Expression<Func<T, int>> pageSize)
    {
        validator.RuleFor(page).GreaterThanOrEqualTo(PageDefaults.Page);
        validator.RuleFor(pageSize).InclusiveBetween(1, PageDefaults.MaxPageSize);
    }
}
