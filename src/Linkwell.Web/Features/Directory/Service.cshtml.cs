using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>A taxonomy term on a service, with the search that finds more like it.</summary>
public sealed record ServiceCategory(string Name, string Href);

/// <summary>
/// One listing in full, as a link worker reads it before suggesting it: what it is, where and when, who to
/// contact, cost, access, languages, and how far to trust it (its source and when it was last confirmed).
/// </summary>
public sealed class ServiceModel(DirectoryIndex index, AppDbContext db, TimeProvider clock, ListingFreshness freshness) : PageModel
{
    public Listing Listing { get; private set; } = null!;

    public OrukService Service { get; private set; } = null!;

    public Session? Next { get; private set; }

    public List<ServiceCategory> Categories { get; private set; } = [];

    /// <summary>The feed the listing came from; null when it was imported or written in Linkwell.</summary>
    public string? FeedName { get; private set; }

    public DateOnly Today { get; private set; }

    public ListingFreshness Rules => freshness;

    public Freshness Freshness { get; private set; } = null!;

    /// <summary>Why a search would not show this listing, if it would not.</summary>
    public string? NotInSearches { get; private set; }

    /// <summary>The search results this page was opened from.</summary>
    public string BackHref { get; private set; } = "/Directory";

    public async Task<IActionResult> OnGetAsync(string id, string? back)
    {
        var ct = HttpContext.RequestAborted;
        var snapshot = await index.ReadyAsync(ct);
        if (snapshot.Find(id) is not { } listing)
        {
            return NotFound();
        }

        Today = UkTime.Today(clock);
        Listing = listing;
        Service = OrukJson.Deserialize<OrukService>(System.Text.Encoding.UTF8.GetString(listing.FullJson.Span));
        Next = NextSession.Find(listing.Schedules, UkTime.ToUk(clock.GetUtcNow().UtcDateTime));
        Categories = [.. listing.TaxonomyTermIds.Select(Category).OfType<ServiceCategory>()];
        FeedName = await db.Set<DirectoryServiceRecord>().Where(r => r.Id == id)
            .Join(db.Set<DirectoryFeed>(), r => r.FeedId, f => (Guid?)f.Id, (_, f) => f.Name)
            .SingleOrDefaultAsync(ct);
        Freshness = freshness.Of(listing.ConfirmedOn, Today);
        NotInSearches = listing.Status != OrukCodes.Active
            ? $"This service is {listing.Status}, so searches leave it out."
            : Freshness.Hidden
                ? $"Nobody has confirmed these details for over {freshness.HideAfterMonths} months, so searches leave this service out. Check with the service before suggesting it."
                : null;
        if (back is { Length: > 1 } query && query[0] == '?')
        {
            BackHref = "/Directory" + query;
        }

        return Page();
    }

    /// <summary>Linkwell's needs search by need; other vocabularies' terms by term. Capacity is shown as a tag instead.</summary>
    private ServiceCategory? Category(string termId)
    {
        if (!index.Terms.TryGetValue(termId, out var term) || term.TaxonomyId == LinkwellTaxonomy.CapacityId)
        {
            return null;
        }

        var need = Enum.GetValues<NeedCategory>().Cast<NeedCategory?>().FirstOrDefault(n => LinkwellTaxonomy.NeedTermId(n!.Value) == termId);
        return need is { } n
            ? new ServiceCategory(Text.Of(n), $"/Directory?Needs={n}")
            : new ServiceCategory(term.Name, $"/Directory?Terms={Uri.EscapeDataString(termId)}");
    }
}
