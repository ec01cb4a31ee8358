using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Referrals;

public sealed record MyReferralRow(Referral Referral, string PersonName);

/// <summary>The referrals the signed-in person made, newest first, and where each one is.</summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit) : PageModel
{
    public List<MyReferralRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = new(1, 0);

    public async Task OnGetAsync([FromQuery] int? page)
    {
        var ct = HttpContext.RequestAborted;
        var userId = User.UserId();
        var mine = db.Referrals.AsNoTracking().Where(r => userId != null && r.ReferredByUserId == userId);
        Paging = Paging.Of(page, await mine.CountAsync(ct));
        var referrals = await mine.OrderByDescending(r => r.ReceivedUtc).Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        var personIds = referrals.Select(r => r.PersonId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        Rows = referrals.Select(r => new MyReferralRow(r, names.GetValueOrDefault(r.PersonId, "Unknown"))).ToList();
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "MyReferrals", null, AuditOutcome.Success, $"page {Paging.Page}"), ct);
    }
}
