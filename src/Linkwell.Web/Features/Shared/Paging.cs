namespace Linkwell.Web.Features.Shared;

/// <summary>Which page of a long list is shown; rendered by _Pagination.cshtml as ?page=N links.</summary>
public sealed record Paging(int Page, int Total, int PageSize = Paging.DefaultPageSize)
{
    public const int DefaultPageSize = 50;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public int Skip => (Page - 1) * PageSize;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    /// <summary>The rest of the query string (a search's filters), kept on every page link; without "page".</summary>
    public string? Query { get; init; }

    public string Href(int page) => string.IsNullOrEmpty(Query) ? $"?page={page}" : $"?{Query}&page={page}";

    /// <summary>A page number from the query string, kept within the pages that exist.</summary>
    public static Paging Of(int? requested, int total, int pageSize = DefaultPageSize)
    {
        var pages = Math.Max(1, (total + pageSize - 1) / pageSize);
        return new Paging(Math.Clamp(requested ?? 1, 1, pages), total, pageSize);
    }
}
