using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Linkwell.Web.Features.People;

public sealed class CloseInput : EpisodeInput
{
    public CloseReason? Reason { get; set; }

    public string? Summary { get; set; }
}

/// <summary>Ends the episode with a reason and a summary; the referrer is told both.</summary>
public sealed class CloseModel(AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock)
    : EpisodePage(db, notifier, audit, clock)
{
    /// <summary>Leaves room for the reason in the timeline note (4,000 characters).</summary>
    public const int MaxSummaryLength = 3000;

    [BindProperty]
    public CloseInput Input { get; set; } = new();

    public override ReferralStatus RequiredStatus => ReferralStatus.Accepted;

    protected override EpisodeInput Form => Input;

    public Task<IActionResult> OnGetAsync(Guid id, Guid referralId) => ShowAsync(id, referralId);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid referralId)
    {
        ModelState.Clear();
        if (!await LoadForChangeAsync(id, referralId))
        {
            return NotFound();
        }

        if (Input.Reason is null)
        {
            ModelState.AddModelError("Input.Reason", "Select why the episode is ending.");
        }

        CheckText("Input.Summary", Input.Summary, MaxSummaryLength, "The summary", "Enter a short summary of the support given.");

        if (ModelState.ErrorCount == 0 && await ChangeAsync(r => r.Close(Input.Reason!.Value, Input.Summary!, User.Name(), NowUtc), "closed"))
        {
            return Done(id, $"Episode closed. The referrer of {Referral.Reference} has been told.");
        }

        return await ShowAgainAsync(id, referralId);
    }
}
