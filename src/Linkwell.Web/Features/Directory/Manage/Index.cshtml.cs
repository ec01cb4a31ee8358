using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Admin;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Manage;

public sealed record FeedRow(DirectoryFeed Feed, int Services);

/// <summary>The directory manager's start: the feeds and their last syncs, "Sync now", imports and exports.</summary>
public sealed class IndexModel(AppDbContext db, DirectoryIndex index, DirectoryJobs jobs, DirectoryExport export, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<FeedRow> Feeds { get; private set; } = [];

    public int Listed { get; private set; }

    public async Task OnGetAsync()
    {
        var feeds = await db.Set<DirectoryFeed>().AsNoTracking().OrderBy(f => f.Name).ToListAsync(HttpContext.RequestAborted);
        var services = await db.Set<DirectoryServiceRecord>().Where(r => !r.Removed && r.FeedId != null)
            .GroupBy(r => r.FeedId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        Feeds = [.. feeds.Select(f => new FeedRow(f, services.GetValueOrDefault(f.Id)))];
        Listed = (await index.ReadyAsync(HttpContext.RequestAborted)).Count;
    }

    /// <summary>"Sync now": the feed is due at once and the scheduler is woken; the sync runs in the background.</summary>
    public async Task<IActionResult> OnPostSyncAsync(Guid id)
    {
        var feed = await db.Set<DirectoryFeed>().SingleOrDefaultAsync(f => f.Id == id, HttpContext.RequestAborted);
        if (feed is null)
        {
            return NotFound();
        }

        if (feed.Enabled)
        {
            feed.NextSyncUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await audit.RecordAsync("DirectoryFeed", feed.Id.ToString(), "sync asked for", HttpContext.RequestAborted);
            jobs.FeedsDue.Wake();
        }

        TempData["Notice"] = feed.Enabled
            ? $"{feed.Name} is syncing now. Its import will be listed under past imports."
            : $"{feed.Name} is paused. Change it to turn it back on, then sync it.";
        return RedirectToPage();
    }

    /// <summary>The whole directory as a download: ?handler=Export&amp;format=json, ndjson or csv.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        if (!DirectoryExport.TryParse(format, out var chosen))
        {
            return NotFound();
        }

        // Written to a temporary file first: the zip writer needs a file it can seek in.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"linkwell-export-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            var count = await export.WriteAsync(chosen, file, HttpContext.RequestAborted);
            file.Position = 0;
            await audit.RecordExportAsync(new DirectoryActor(User.ActorId(), User.Name(), User.SchemeId()), chosen, count, HttpContext.RequestAborted);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        return File(file, DirectoryExport.ContentType(chosen), DirectoryExport.FileName(chosen, UkTime.Today(clock)));
    }
}
