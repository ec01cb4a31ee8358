using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Mine;

/// <summary>One of the owner's listings as their page shows it.</summary>
public sealed record OwnedListing(DirectoryServiceRecord Record, OrukService Service, Freshness Freshness, DirectoryChangeRequest? Pending, int OpenReports);

/// <summary>
/// An owner's listings: capacity status set in one click, "these details are still correct", what is stale
/// or hidden from search, changes waiting for approval, and what link workers have reported.
/// </summary>
public sealed class IndexModel(
    AppDbContext db, UserManager<LinkwellUser> users, AuditLog audit, ListingChanges changes, ListingReports reports, ListingFreshness freshness, TimeProvider clock)
    : OwnerPage(db, users, audit)
{
    public List<OwnedListing> Listings { get; private set; } = [];

    public List<DirectoryReport> Reports { get; private set; } = [];

    public ListingFreshness Rules => freshness;

    public async Task OnGetAsync()
    {
        await LoadOwnerAsync();
        if (Owner.DirectoryOrganizationId is not { } organization)
        {
            return;
        }

        var records = await Db.Set<DirectoryServiceRecord>().AsNoTracking().Where(r => r.OrganizationId == organization && !r.Removed).ToListAsync(Aborted);
        var pending = await Db.Set<DirectoryChangeRequest>().AsNoTracking()
            .Where(r => r.OrganizationId == organization && r.State == ChangeRequestState.Pending).ToListAsync(Aborted);
        Reports = await reports.OpenAsync(organization, 200, Aborted);
        var today = UkTime.Today(clock);
        Listings = [.. records
            .Select(r => (Record: r, Service: OrukJson.Deserialize<OrukService>(r.Json)))
            .Select(x => new OwnedListing(x.Record, x.Service, freshness.Of(x.Service, today),
                pending.Where(p => p.ServiceId == x.Record.Id).MaxBy(p => p.RequestedUtc), Reports.Count(p => p.ServiceId == x.Record.Id)))
            .OrderBy(l => l.Service.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IActionResult> OnPostCapacityAsync(string id, string? capacity)
    {
        if (await OwnServiceAsync(id) is not { } record)
        {
            return await NotOursAsync(id);
        }

        if (LinkwellTaxonomy.CapacityName(capacity) is not { } words)
        {
            return BadRequest();
        }

        await changes.SetCapacityAsync(id, capacity!, Aborted);
        TempData["Notice"] = $"{record.Name}: capacity status is now “{words}”.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string id)
    {
        if (await OwnServiceAsync(id) is not { } record)
        {
            return await NotOursAsync(id);
        }

        await changes.ConfirmAsync(id, Owner.Email!, Aborted);
        TempData["Notice"] = $"Thank you. {record.Name} is confirmed as correct today.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDealtWithAsync(Guid reportId)
    {
        await LoadOwnerAsync();
        if (Owner.DirectoryOrganizationId is not { } organization || !await reports.DealtWithAsync(reportId, organization, Owner.DisplayName, Aborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "The report is marked as dealt with.";
        return RedirectToPage();
    }
}
