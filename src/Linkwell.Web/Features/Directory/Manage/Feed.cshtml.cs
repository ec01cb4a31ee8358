using System.Globalization;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Admin;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Manage;

public sealed class FeedInput
{
    public string? Name { get; set; }

    public string? Url { get; set; }

    /// <summary>Hours between syncs, one of <see cref="ManageText.Schedules"/>.</summary>
    public string? Every { get; set; }

    /// <summary>"yes" to sync on the schedule, "no" to pause the feed.</summary>
    public string? Enabled { get; set; }
}

/// <summary>Adds a feed (no id) or changes one: its name, its ORUK address, how often it syncs, or pauses it.</summary>
public sealed class FeedModel(AppDbContext db, DirectoryJobs jobs, AuditLog audit, TimeProvider clock) : FormPage
{
    [BindProperty]
    public FeedInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public bool IsNew => Id is null;

    public static List<SelectListItem> Schedules() =>
        [.. ManageText.Schedules.Select(s => new SelectListItem(s.Text, s.Hours.ToString(CultureInfo.InvariantCulture)))];

    public static List<SelectListItem> EnabledChoices() =>
        [new("Yes, sync it on its schedule", "yes"), new("No, pause it", "no")];

    public async Task<IActionResult> OnGetAsync()
    {
        if (IsNew)
        {
            Input = new FeedInput { Every = "24", Enabled = "yes" };
            return Page();
        }

        var feed = await db.Set<DirectoryFeed>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == Id, HttpContext.RequestAborted);
        if (feed is null)
        {
            return NotFound();
        }

        Input = new FeedInput
        {
            Name = feed.Name,
            Url = feed.Url,
            Every = ((int)feed.SyncEvery.TotalHours).ToString(CultureInfo.InvariantCulture),
            Enabled = feed.Enabled ? "yes" : "no",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var feed = IsNew ? new DirectoryFeed() : await db.Set<DirectoryFeed>().SingleOrDefaultAsync(f => f.Id == Id, HttpContext.RequestAborted);
        if (feed is null)
        {
            return NotFound();
        }

        var (url, hours) = await ValidateAsync(feed.Id);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (feed.Url != url)
        {
            // Another directory: the first sync from it takes everything, not only what changed.
            feed.ModifiedSeenUtc = null;
            feed.NextSyncUtc = now;
        }

        feed.Name = Input.Name!.Trim();
        feed.Url = url!;
        feed.SyncEvery = TimeSpan.FromHours(hours);
        feed.Enabled = Input.Enabled == "yes";
        if (IsNew)
        {
            db.Add(feed);
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.RecordAsync("DirectoryFeed", feed.Id.ToString(), IsNew ? "feed added" : "feed changed", HttpContext.RequestAborted);
        jobs.FeedsDue.Wake();
        TempData["Notice"] = IsNew ? $"Feed {feed.Name} added. It will sync in a moment." : $"Feed {feed.Name} saved.";
        return RedirectToPage("Index");
    }

    private async Task<(string? Url, int Hours)> ValidateAsync(Guid id)
    {
        CheckText("Input.Name", Input.Name?.Trim(), 200, "The feed's name", "Enter a name for the feed.");
        var url = Input.Url?.Trim();
        if (string.IsNullOrEmpty(url))
        {
            ModelState.AddModelError("Input.Url", "Enter the feed's web address.");
        }
        else if (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            ModelState.AddModelError("Input.Url", "Enter the feed's address as a full web address starting with https:// or http://, like https://example.org/oruk.");
        }
        else if (await db.Set<DirectoryFeed>().AnyAsync(f => f.Url == url && f.Id != id, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Input.Url", "There is already a feed with this address.");
        }

        var hours = int.TryParse(Input.Every, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && ManageText.Schedules.Any(s => s.Hours == h) ? h : 0;
        if (hours == 0)
        {
            ModelState.AddModelError("Input.Every", "Select how often to sync the feed.");
        }

        if (Input.Enabled is not ("yes" or "no"))
        {
            ModelState.AddModelError("Input.Enabled", "Select whether to sync the feed on its schedule.");
        }

        return (url, hours);
    }
}
