using System.Linq.Expressions;
using FluentValidation;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Paging;

/// <summary>The page/pageSize rules every list query shares: 1 ≤ page ≤ 10 000, 1 ≤ pageSize ≤ 100.</summary>
public static class PagingRules
{
    public static void AddPagingRules<T>(this AbstractValidator<T> validator, Expression<Func<T, int>> page, Expression<Func<T, int>> pageSize)
    {
        validator.RuleFor(page).InclusiveBetween(PageDefaults.Page, PageDefaults.MaxPage).WithMessage(_ => PageMessage());
        validator.RuleFor(pageSize).InclusiveBetween(1, PageDefaults.MaxPageSize).WithMessage(_ => PageSizeMessage());
    }

    internal static string PageMessage() => Text.T($"Numéro de page de {PageDefaults.Page} à {PageDefaults.MaxPage}.",
        $"Page number from {PageDefaults.Page} to {PageDefaults.MaxPage}.");

    internal static string PageSizeMessage() => Text.T($"Taille de page de 1 à {PageDefaults.MaxPageSize}.",
        $"Page size from 1 to {PageDefaults.MaxPageSize}.");
}
