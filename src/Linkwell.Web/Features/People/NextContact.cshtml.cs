using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features.People;

public sealed class NextContactInput : EpisodeInput
{
    public DateParts Due { get; set; } = new();
}

/// <summary>Sets (or clears) when the person's next contact is due: the caseload sorts and flags by it.</summary>
public sealed class NextContactModel(AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock)
    : EpisodePage(db, notifier, audit, clock)
{
    [BindProperty]
    public NextContactInput Input { get; set; } = new();

    public override ReferralStatus RequiredStatus => ReferralStatus.Accepted;

    protected override EpisodeInput Form => Input;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid referralId)
    {
        var page = await ShowAsync(id, referralId);
        if (page is PageResult && Referral.NextContactDue is { } due)
        {
            Input.Due = FormValues.PartsOf(due);
        }

        return page;
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid referralId)
    {
        ModelState.Clear();
        if (!await LoadForChangeAsync(id, referralId))
        {
            return NotFound();
        }

        var due = ReadDateFromToday("Input.Due", Input.Due, "The date");
        if (ModelState.ErrorCount == 0 && await ChangeAsync(r => r.ScheduleNextContact(due), "set next contact due"))
        {
            return Done(id, due is { } d ? $"Next contact with {PersonName} due {UkTime.FormatDate(d)}." : $"No next contact is planned for {PersonName}.");
        }

        return await ShowAgainAsync(id, referralId);
    }
}
