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

    public static int Skip(int page, int pageSize) => (page - 1) * pageSize;
}
