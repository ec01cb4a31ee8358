using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.People;

/// <summary>Everything about one person: demographics, their referrals, and what has happened, newest first.</summary>
public sealed class PersonModel(AppDbContext db, AuditLog audit) : PageModel
{
    public Domain.People.Person Person { get; private set; } = null!;

    public List<Referral> Referrals { get; private set; } = [];

    public List<TimelineItem> Timeline { get; private set; } = [];

    public List<Risk> SafeguardingConcerns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Read, "Person", id.ToString(), person is null ? AuditOutcome.NotFound : AuditOutcome.Success), ct);
        if (person is null)
        {
            return NotFound();
        }

        Person = person;
        Referrals = await db.Referrals.AsNoTracking().Include(r => r.Events).Include(r => r.Contacts).AsSplitQuery()
            .Where(r => r.PersonId == id).OrderByDescending(r => r.ReceivedUtc).ToListAsync(ct);
        Timeline = Shared.Timeline.ForStaff(Referrals);
        SafeguardingConcerns = Referrals.SelectMany(r => r.Details.Risks).Where(r => r.IsSafeguarding).Distinct().ToList();
        return Page();
    }
}
