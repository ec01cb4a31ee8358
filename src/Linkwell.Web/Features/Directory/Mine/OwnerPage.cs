using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Mine;

/// <summary>
/// A page of an owner's own listings: the signed-in user's organization and its services only. Another
/// organization's service is not found (never "forbidden", which would confirm it exists).
/// </summary>
public abstract class OwnerPage(AppDbContext db, UserManager<LinkwellUser> users, AuditLog audit) : FormPage
{
    public LinkwellUser Owner { get; private set; } = null!;

    public string? OrganizationName { get; private set; }

    protected AppDbContext Db => db;

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    protected async Task LoadOwnerAsync()
    {
        Owner = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user has no account.");
        OrganizationName = Owner.DirectoryOrganizationId is { } id
            ? await db.Set<DirectoryOrganizationRecord>().Where(o => o.Id == id && !o.Removed).Select(o => o.Name).SingleOrDefaultAsync(Aborted)
            : null;
    }

    /// <summary>One of the owner's organization's services as stored now (not tracked), or null.</summary>
    protected async Task<DirectoryServiceRecord?> OwnServiceAsync(string id)
    {
        await LoadOwnerAsync();
        return Owner.DirectoryOrganizationId is { } organization
            ? await db.Set<DirectoryServiceRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.OrganizationId == organization && !r.Removed, Aborted)
            : null;
    }

    /// <summary>A service that is not the owner's: audited, and answered as if it did not exist.</summary>
    protected async Task<IActionResult> NotOursAsync(string id, AuditAction action = AuditAction.Update)
    {
        await audit.RecordAsync(new AuditEvent(action, ListingChanges.RecordType, id, AuditOutcome.NotFound), Aborted);
        return NotFound();
    }
}
