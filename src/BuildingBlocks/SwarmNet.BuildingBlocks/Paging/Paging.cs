using SwarmNet.BuildingBlocks.Errors;
using SwarmNet.BuildingBlocks.Localization;

namespace SwarmNet.BuildingBlocks.Paging;

/// <summary>A page of results with the total, as every list endpoint returns it.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total)
{
    public int TotalPages => PageSize == 0 ? 0 : (int)((Total + PageSize - 1) / PageSize);
}

/// <summary>Paging defaults and bounds shared by every list query (page 1-based).</summary>
public static class PageDefaults
{
    public const int Page = 1;
    public const int PageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Deep enough for any list here (a million rows at the largest size); past it the offset could wrap.</summary>
    public const int MaxPage = 10_000;

    /// <summary>The rows to skip. Bounds are the validator's job (<see cref="PagingRules"/>); this refuses what slipped past.</summary>
    public static int Skip(int page, int pageSize)
    {
        if (page is < Page or > MaxPage)
            throw new InputValidationException("/page", PagingRules.PageMessage());
        if (pageSize is < 1 or > MaxPageSize)
            throw new InputValidationException("/pageSize", PagingRules.PageSizeMessage());
        return (page - 1) * pageSize;
    }
}
