using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Referrals;

/// <summary>
/// The referrer's view of one referral: where it is and what happened, never what was said. A referrer sees
/// only their own referrals; the scheme's staff see any of the scheme's.
/// </summary>
public sealed class TrackModel(AppDbContext db, AuditLog audit) : PageModel
{
    public Referral Referral { get; private set; } = null!;

    public string PersonName { get; private set; } = string.Empty;

    public List<TimelineItem> Timeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var userId = User.UserId();
        var staff = User.IsInRole(Roles.LinkWorker) || User.IsInRole(Roles.SchemeManager);

        // Someone else's referral is "not found", like another scheme's: the answer must not confirm it exists.
        var referral = await db.Referrals.AsNoTracking().Include(r => r.Events)
            .SingleOrDefaultAsync(r => r.Id == id && (staff || (userId != null && r.ReferredByUserId == userId)), ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Read, "Referral", id.ToString(), referral is null ? AuditOutcome.NotFound : AuditOutcome.Success, "referrer view"), ct);
        if (referral is null)
        {
            return NotFound();
        }

        Referral = referral;
        PersonName = await db.People.AsNoTracking().Where(p => p.Id == referral.PersonId).Select(p => p.Details).SingleOrDefaultAsync(ct) is { } details
            ? details.DisplayName
            : "Unknown";
        Timeline = Shared.Timeline.ForReferrer(referral);
        return Page();
    }
}
