using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Linkwell.Web.Features.People;

public sealed class ReallocateInput : EpisodeInput
{
    public string? LinkWorkerId { get; set; }
}

/// <summary>Hands the episode to another link worker of the scheme.</summary>
public sealed class ReallocateModel(
    AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock, UserManager<LinkwellUser> users)
    : EpisodePage(db, notifier, audit, clock)
{
    [BindProperty]
    public ReallocateInput Input { get; set; } = new();

    public List<SelectListItem> LinkWorkerOptions { get; private set; } = [];

    public override ReferralStatus RequiredStatus => ReferralStatus.Accepted;

    protected override EpisodeInput Form => Input;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid referralId)
    {
        var page = await ShowAsync(id, referralId);
        if (page is PageResult)
        {
            Input.LinkWorkerId = Referral.LinkWorkerId;
            await LoadWorkersAsync();
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

        var workers = await LoadWorkersAsync();
        var worker = workers.FirstOrDefault(w => w.Id == Input.LinkWorkerId);
        if (worker is null)
        {
            ModelState.AddModelError("Input.LinkWorkerId", "Select the link worker who will support the person.");
        }
        else if (worker.Id == Referral.LinkWorkerId)
        {
            // Allocate ignores the same worker; say so rather than claim a change that did not happen.
            ModelState.AddModelError("Input.LinkWorkerId", $"{worker.DisplayName} already supports this person. Select a different link worker.");
        }

        if (ModelState.ErrorCount == 0 && await ChangeAsync(r => r.Allocate(worker!.Id, worker.DisplayName, User.Name(), NowUtc), "reallocated"))
        {
            return Done(id, $"{PersonName} is now on {worker!.DisplayName}'s caseload.");
        }

        return await ShowAgainAsync(id, referralId);
    }

    private async Task<List<LinkwellUser>> LoadWorkersAsync()
    {
        var workers = await users.LinkWorkersOfAsync(User.SchemeId());
        LinkWorkerOptions = LinkWorkers.Options(workers, "Select a link worker");
        return workers;
    }
}
