using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Triage;

public sealed record QueueRow(
    Referral Referral,
    string PersonName,
    string Practice,
    int DaysWaiting,
    bool PossibleDuplicate);

/// <summary>The scheme's referral queue: everything waiting for triage, urgent first, then oldest first.</summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<QueueRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, 0);

    public async Task OnGetAsync([FromQuery] int? page)
    {
        var ct = HttpContext.RequestAborted;
        var waiting = db.Referrals.AsNoTracking().Where(r => r.Status == ReferralStatus.AwaitingTriage);
        Paging = Paging.Of(page, await waiting.CountAsync(ct));

        // Urgency is stored by name, and "Routine" sorts before "Urgent": say the order outright.
        var referrals = await waiting
            .OrderBy(r => r.Urgency == Urgency.Urgent ? 0 : 1).ThenBy(r => r.ReceivedUtc)
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        Rows = await ToRowsAsync(referrals, ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "ReferralQueue", null, AuditOutcome.Success, $"page {Paging.Page}"), ct);
    }

    private async Task<List<QueueRow>> ToRowsAsync(List<Referral> referrals, CancellationToken ct)
    {
        var personIds = referrals.Select(r => r.PersonId).Distinct().ToList();
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var codes = referrals.Select(r => r.Details.PracticeOdsCode).Distinct().ToList();
        var schemeId = User.SchemeId();
        var practices = await db.Practices.AsNoTracking().Where(p => p.SchemeId == schemeId && codes.Contains(p.OdsCode))
            .ToDictionaryAsync(p => p.OdsCode, p => p.Name, ct);
        return referrals.Select(r => new QueueRow(
            r,
            people.TryGetValue(r.PersonId, out var person) ? person.DisplayName : "Unknown",
            practices.GetValueOrDefault(r.Details.PracticeOdsCode, r.Details.PracticeOdsCode),
            UkTime.DaysSince(r.ReceivedUtc, clock),
            person?.PossibleDuplicateOfId is not null)).ToList();
    }
}
