using MudBlazor;
using SwarmNet.BuildingBlocks.Paging;

namespace SwarmNet.Web.Sending;

/// <summary>A MudDataGrid's server-side paging over a module's paged query: its 0-based page index becomes the platform's 1-based page.</summary>
public static class PagedGrid
{
    public static int Page<T>(GridState<T> state) => state.Page + 1;

    /// <summary>The grid's rows and total; none when the request was refused (its messages are the page's to show).</summary>
    public static GridData<T> Of<T>(Sent<PagedResult<T>> sent) =>
        new() { Items = sent.Value?.Items ?? [], TotalItems = (int)Math.Min(sent.Value?.Total ?? 0, int.MaxValue) };
}
