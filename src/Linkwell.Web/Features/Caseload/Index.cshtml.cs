using Linkwell.Domain.Caseloads;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Caseload;

public sealed record CaseloadRow(Referral Referral, string PersonName, int DaysSinceReferral, bool Overdue);

/// <summary>
/// A link worker's open episodes, who needs a contact next, and how many people they took on this year
/// against NHS England's safe caseload. A scheme manager may look at any link worker of the scheme.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock, UserManager<LinkwellUser> users) : PageModel
{
    /// <summary>The link worker chosen by a scheme manager (?worker=).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Worker { get; set; }

    public bool CanChooseWorker => User.IsInRole(Roles.SchemeManager);

    public List<SelectListItem> WorkerOptions { get; private set; } = [];

    public string? WorkerId { get; private set; }

    public string WorkerName { get; private set; } = string.Empty;

    public bool IsOwn => WorkerId == User.UserId();

    public List<CaseloadRow> Rows { get; private set; } = [];

    public int TakenOnInLastYear { get; private set; }

    public CaseloadLevel Level => SafeCaseload.Assess(TakenOnInLastYear);

    public async Task OnGetAsync()
    {
        await ChooseWorkerAsync();
        if (WorkerId is null)
        {
            return;
        }

        var ct = HttpContext.RequestAborted;
        var workerId = WorkerId;
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => r.Status == ReferralStatus.Accepted && r.LinkWorkerId == workerId).ToListAsync(ct);
        Rows = await ToRowsAsync(referrals, ct);
        var since = clock.GetUtcNow().UtcDateTime.AddYears(-1);
        TakenOnInLastYear = await db.Referrals
            .Where(r => r.LinkWorkerId == workerId && r.AcceptedUtc != null && r.AcceptedUtc >= since)
            .Select(r => r.PersonId).Distinct().CountAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "Caseload", workerId, AuditOutcome.Success, IsOwn ? "own caseload" : "another link worker's caseload"), ct);
    }

    /// <summary>Your own caseload, unless a scheme manager chose a link worker of the scheme.</summary>
    private async Task ChooseWorkerAsync()
    {
        var workers = CanChooseWorker ? await users.LinkWorkersOfAsync(User.SchemeId()) : [];
        WorkerOptions = LinkWorkers.Options(workers, "Choose a link worker");
        if (workers.FirstOrDefault(w => w.Id == Worker) is { } chosen)
        {
            (WorkerId, WorkerName) = (chosen.Id, chosen.DisplayName);
        }
        else if (User.IsInRole(Roles.LinkWorker))
        {
            (WorkerId, WorkerName, Worker) = (User.UserId(), User.Name(), User.UserId());
        }
    }

    private async Task<List<CaseloadRow>> ToRowsAsync(List<Referral> referrals, CancellationToken ct)
    {
        var personIds = referrals.Select(r => r.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var today = UkTime.Today(clock);

        // Who needs a contact soonest comes first; episodes with no date set come last, oldest first.
        return referrals
            .Select(r => new CaseloadRow(r, names.GetValueOrDefault(r.PersonId, "Unknown"), UkTime.DaysSince(r.ReceivedUtc, clock), r.NextContactDue < today))
            .OrderBy(row => row.Referral.NextContactDue ?? DateOnly.MaxValue).ThenBy(row => row.Referral.ReceivedUtc).ToList();
    }
}
