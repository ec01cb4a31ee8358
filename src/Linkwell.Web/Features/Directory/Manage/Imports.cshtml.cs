using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Manage;

public sealed record ImportRow(Guid Id, string Source, string? Feed, string? StartedBy, DateTime StartedUtc, DirectoryImportState State,
    int Read, int Added, int Updated, int Skipped);

/// <summary>Past imports and feed syncs, newest first.</summary>
public sealed class ImportsModel(AppDbContext db) : PageModel
{
    public Paging Paging { get; private set; } = Paging.Of(1, 0);

    public List<ImportRow> Rows { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] int? page)
    {
        var ct = HttpContext.RequestAborted;
        Paging = Paging.Of(page, await db.Set<DirectoryImport>().CountAsync(ct));
        var imports = await db.Set<DirectoryImport>().AsNoTracking()
            .OrderByDescending(i => i.StartedUtc).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(i => new { i.Id, i.Source, i.FeedId, i.StartedBy, i.StartedUtc, i.State, i.Read, i.Added, i.Updated, i.Skipped })
            .ToListAsync(ct);
        var feeds = await db.Set<DirectoryFeed>().AsNoTracking().Select(f => new { f.Id, f.Name }).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        Rows = [.. imports.Select(i => new ImportRow(i.Id, i.Source, i.FeedId is { } feed ? feeds.GetValueOrDefault(feed) : null, i.StartedBy, i.StartedUtc, i.State, i.Read, i.Added, i.Updated, i.Skipped))];
    }
}
