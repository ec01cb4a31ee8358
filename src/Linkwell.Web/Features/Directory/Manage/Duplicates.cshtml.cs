using Linkwell.Domain.Directory;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Manage;

/// <summary>A listing as the duplicate pages show it, with the name of where it came from.</summary>
public sealed record ListingSource(Listing Listing, string Source);

public sealed record DuplicateRow(ListingSource First, ListingSource Second, IReadOnlyList<string> Reasons);

/// <summary>Likely duplicates across feeds, most reasons first, each linking to where it is merged or kept apart.</summary>
public sealed class DuplicatesModel(AppDbContext db, DirectoryIndex index, DirectoryDuplicates duplicates) : PageModel
{
    public List<DuplicateRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, 0);

    public async Task OnGetAsync([FromQuery] int? page)
    {
        var ct = HttpContext.RequestAborted;
        var pairs = await duplicates.ListAsync(db, ct);
        Paging = Paging.Of(page, pairs.Count);
        var shown = pairs.Skip(Paging.Skip).Take(Paging.PageSize).ToList();
        var sources = await Sources.LoadAsync(db, shown.SelectMany(p => new[] { p.FirstId, p.SecondId }), ct);
        var snapshot = index.Current;
        Rows = [.. shown
            .Where(p => snapshot.Find(p.FirstId) is not null && snapshot.Find(p.SecondId) is not null)
            .Select(p => new DuplicateRow(
                new ListingSource(snapshot.Find(p.FirstId)!, sources.Of(p.FirstId)),
                new ListingSource(snapshot.Find(p.SecondId)!, sources.Of(p.SecondId)),
                p.Reasons))];
    }
}

/// <summary>The feed each service came from, by name; "Added here" for services no feed sent.</summary>
public sealed class Sources(Dictionary<string, string> names)
{
    public string Of(string serviceId) => names.GetValueOrDefault(serviceId) ?? "Added here";

    public static async Task<Sources> LoadAsync(AppDbContext db, IEnumerable<string> serviceIds, CancellationToken ct)
    {
        var ids = serviceIds.Distinct().ToList();
        var names = await db.Set<DirectoryServiceRecord>().AsNoTracking()
            .Where(r => ids.Contains(r.Id) && r.FeedId != null)
            .Join(db.Set<DirectoryFeed>(), r => r.FeedId, f => f.Id, (r, f) => new { r.Id, f.Name })
            .ToDictionaryAsync(x => x.Id, x => x.Name, StringComparer.Ordinal, ct);
        return new Sources(names);
    }
}
