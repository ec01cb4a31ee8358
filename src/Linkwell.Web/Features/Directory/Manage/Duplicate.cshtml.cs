using System.Text.Json;
using Linkwell.Domain.Directory;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Manage;

/// <summary>One side of a likely duplicate, with what it was matched on.</summary>
public sealed record DuplicateSide(ListingSource Listing, OrukService Service)
{
    public IEnumerable<string> Phones => Service.Phones.Concat(Service.Contacts.SelectMany(c => c.Phones))
        .Concat(Service.ServiceAtLocations.Select(s => s.Location).OfType<OrukLocation>().SelectMany(l => l.Phones))
        .Select(p => p.Number).Distinct();

    public IEnumerable<string> Postcodes => Service.ServiceAtLocations.Select(s => s.Location).OfType<OrukLocation>()
        .SelectMany(l => l.Addresses).Select(a => a.PostalCode).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct();
}

/// <summary>
/// A likely duplicate side by side: merge (one listing stays, the other is hidden and remembers which it was
/// merged into) or keep them apart (the pair is not listed again).
/// </summary>
public sealed class DuplicateModel(AppDbContext db, DirectoryIndex index, DirectoryWriter writer, AuditLog audit, TimeProvider clock) : FormPage
{
    public const string KeepFirst = "keep-first";
    public const string KeepSecond = "keep-second";
    public const string Apart = "apart";

    [BindProperty(SupportsGet = true)]
    public string? First { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Second { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    public DuplicateSide Left { get; private set; } = null!;

    public DuplicateSide Right { get; private set; } = null!;

    public IReadOnlyList<string> Reasons { get; private set; } = [];

    public List<SelectListItem> Decisions() =>
    [
        new($"Merge: keep {Left.Listing.Listing.Name} from {Left.Listing.Source}", KeepFirst) { Group = new SelectListGroup { Name = "The other listing is hidden, even when its feed sends it again." } },
        new($"Merge: keep {Right.Listing.Listing.Name} from {Right.Listing.Source}", KeepSecond) { Group = new SelectListGroup { Name = "The other listing is hidden, even when its feed sends it again." } },
        new("Keep them apart", Apart) { Group = new SelectListGroup { Name = "They are different services; this pair is not listed again." } },
    ];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var ct = HttpContext.RequestAborted;
        var (first, second) = (Left.Listing.Listing, Right.Listing.Listing);
        switch (Decision)
        {
            case KeepFirst or KeepSecond:
                var (kept, hidden) = Decision == KeepFirst ? (first, second) : (second, first);
                if (!await writer.MergeAsync(hidden.Id, kept.Id, ct))
                {
                    return NotFound();
                }

                await index.RefreshAsync(ct);
                await audit.RecordListingAsync(hidden.Id, $"merged into {kept.Id}", ct);
                TempData["Notice"] = $"Merged: {kept.Name} stays in the directory and the other listing is hidden.";
                return RedirectToPage("Duplicates");
            case Apart:
                var (a, b) = DirectoryDuplicates.Ordered(first.Id, second.Id);
                if (!await db.Set<DirectoryKeptApart>().AnyAsync(k => k.FirstServiceId == a && k.SecondServiceId == b, ct))
                {
                    db.Add(new DirectoryKeptApart { FirstServiceId = a, SecondServiceId = b, DecidedBy = User.ActorId(), DecidedUtc = clock.GetUtcNow().UtcDateTime });
                    await db.SaveChangesAsync(ct);
                }

                await audit.RecordListingAsync(a, $"kept apart from {b}", ct);
                TempData["Notice"] = $"{first.Name} and {second.Name} are kept apart.";
                return RedirectToPage("Duplicates");
            default:
                ModelState.AddModelError(nameof(Decision), "Select whether to merge the listings or keep them apart.");
                return Page();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var snapshot = await index.ReadyAsync(HttpContext.RequestAborted);
        if (First is null || Second is null || First == Second || snapshot.Find(First) is not { } first || snapshot.Find(Second) is not { } second)
        {
            return false;
        }

        var sources = await Sources.LoadAsync(db, [First, Second], HttpContext.RequestAborted);
        Left = new DuplicateSide(new ListingSource(first, sources.Of(First)), JsonSerializer.Deserialize<OrukService>(first.FullJson.Span, OrukJson.Options)!);
        Right = new DuplicateSide(new ListingSource(second, sources.Of(Second)), JsonSerializer.Deserialize<OrukService>(second.FullJson.Span, OrukJson.Options)!);
        var theirs = LikelyDuplicates.KeysOf(Right.Service).ToDictionary(k => k.Key, k => k.Reason, StringComparer.Ordinal);
        Reasons = [.. LikelyDuplicates.KeysOf(Left.Service).Where(k => theirs.ContainsKey(k.Key)).Select(k => k.Reason).Distinct()];
        return true;
    }
}
