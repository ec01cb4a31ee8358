using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Changes;

public sealed class ReviewInput
{
    public string? Reason { get; set; }
}

/// <summary>One owner's change: what it changes, whether the listing changed since, then approve or reject with a reason.</summary>
public sealed class ReviewModel(AppDbContext db, ListingChanges changes, AuditLog audit) : FormPage
{
    public const int MaxReasonLength = 2000;

    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public DirectoryChangeRequest Change { get; private set; } = null!;

    public string? OrganizationName { get; private set; }

    public IReadOnlyList<ListingPart> Changed { get; private set; } = [];

    /// <summary>Parts of the listing that are no longer what the owner saw; empty when it has not changed since.</summary>
    public IReadOnlyList<ListingPart> ChangedSince { get; private set; } = [];

    public bool ListingGone { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await LoadAsync(id);
        await audit.RecordAsync(new AuditEvent(AuditAction.Read, ListingChanges.RequestRecordType, id.ToString(), found ? AuditOutcome.Success : AuditOutcome.NotFound), HttpContext.RequestAborted);
        return found ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostApproveAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (await TryAsync(() => changes.ApproveAsync(Change, User.Name(), HttpContext.RequestAborted)))
        {
            TempData["Notice"] = $"The change to {Change.ServiceName} is approved: link workers see it now. {Change.RequestedByName} has been told.";
            return RedirectToPage("Index");
        }

        return await LoadAsync(id) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var reason = FormValues.Trimmed(Input.Reason);
        CheckText("Input.Reason", reason, MaxReasonLength, "The reason", "Say why the change is rejected. The owner is sent this.");
        if (ModelState.ErrorCount == 0 && await TryAsync(() => changes.RejectAsync(Change, User.Name(), reason!, HttpContext.RequestAborted)))
        {
            TempData["Notice"] = $"The change to {Change.ServiceName} is rejected. {Change.RequestedByName} has been sent your reason.";
            return RedirectToPage("Index");
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        db.ChangeTracker.Clear();
        if (await db.Set<DirectoryChangeRequest>().SingleOrDefaultAsync(r => r.Id == id, ct) is not { } request)
        {
            return false;
        }

        Change = request;
        Changed = ListingDetails.Differences(request.Before, request.Proposed);
        OrganizationName = request.OrganizationId is { } org
            ? await db.Set<DirectoryOrganizationRecord>().Where(o => o.Id == org).Select(o => o.Name).SingleOrDefaultAsync(ct)
            : null;
        var record = await db.Set<DirectoryServiceRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.ServiceId && !r.Removed, ct);
        ListingGone = record is null;
        ChangedSince = record is not null && record.Revision != request.BaseRevision
            ? ListingDetails.Differences(request.Before, ListingDetails.Of(OrukJson.Deserialize<OrukService>(record.Json)))
            : [];
        return true;
    }
}
