using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Linkwell.Web.Features.People;

public sealed class ReopenInput : EpisodeInput
{
    public string? Note { get; set; }
}

/// <summary>Reopens a closed episode: the same episode continues with the same link worker.</summary>
public sealed class ReopenModel(AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock)
    : EpisodePage(db, notifier, audit, clock)
{
    public const int MaxNoteLength = 2000;

    [BindProperty]
    public ReopenInput Input { get; set; } = new();

    public override ReferralStatus RequiredStatus => ReferralStatus.Closed;

    protected override EpisodeInput Form => Input;

    public Task<IActionResult> OnGetAsync(Guid id, Guid referralId) => ShowAsync(id, referralId);

    public async Task<IActionResult> OnPostAsync(Guid id, Guid referralId)
    {
        ModelState.Clear();
        if (!await LoadForChangeAsync(id, referralId))
        {
            return NotFound();
        }

        CheckText("Input.Note", Input.Note, MaxNoteLength, "The note", "Enter why the episode is reopened.");

        if (ModelState.ErrorCount == 0 && await ChangeAsync(r => r.Reopen(Input.Note!, User.Name(), NowUtc), "reopened"))
        {
            return Done(id, $"Episode reopened. {PersonName} is back on {Referral.LinkWorkerName ?? "the link worker"}'s caseload.");
        }

        return await ShowAgainAsync(id, referralId);
    }
}
