namespace Linkwell.Domain.Directory.Oruk;

/// <summary>
/// An ORUK list response: one page of <typeparamref name="T"/> and where it stands. <c>contents</c> is always
/// written, even when empty.
/// </summary>
public sealed class OrukPage<T>
{
    public int TotalItems { get; set; }

    public int TotalPages { get; set; }

    /// <summary>1-based.</summary>
    public int PageNumber { get; set; }

    /// <summary>The number of items on this page (openapi.json's <c>Page.size</c>), not the page size asked for.</summary>
    public int Size { get; set; }

    public bool FirstPage { get; set; }

    public bool LastPage { get; set; }

    public bool Empty { get; set; }

    public List<T> Contents { get; set; } = [];
}

/// <summary>Builds <see cref="OrukPage{T}"/>s.</summary>
public static class OrukPage
{
    /// <summary>
    /// The page <paramref name="pageNumber"/> (1-based) of <paramref name="perPage"/> items, given its items and
    /// the count of all items.
    /// </summary>
    public static OrukPage<T> Create<T>(IEnumerable<T> contents, int totalItems, int pageNumber, int perPage)
    {
        ArgumentNullException.ThrowIfNull(contents);
        ArgumentOutOfRangeException.ThrowIfNegative(totalItems);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageNumber, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(perPage, 1);
        var items = contents.ToList();
        var totalPages = (totalItems + perPage - 1) / perPage;
        return new OrukPage<T>
        {
            TotalItems = totalItems,
            TotalPages = totalPages,
            PageNumber = pageNumber,
            Size = items.Count,
            FirstPage = pageNumber == 1,
            LastPage = pageNumber >= totalPages,
            Empty = items.Count == 0,
            Contents = items,
        };
    }
}
