using Linkwell.Domain.People;
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
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Triage;

/// <summary>What the triage forms post. Each form sends only its own fields and the versions it was drawn from.</summary>
public sealed class TriageInput
{
    public Guid Version { get; set; }

    public Guid PersonVersion { get; set; }

    public string? LinkWorkerId { get; set; }

    public DeclineReason? DeclineReason { get; set; }

    public string? DeclineNote { get; set; }
}

/// <summary>One referral in the queue: read it whole, then accept and allocate, or decline with a reason.</summary>
public sealed class ReferralModel(
    AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock, UserManager<LinkwellUser> users)
    : ReferralChangePage(db, notifier, audit, clock)
{
    public const int MaxNoteLength = 2000;

    [BindProperty]
    public TriageInput Input { get; set; } = new();

    public Referral Referral { get; private set; } = null!;

    public Person Person { get; private set; } = null!;

    /// <summary>The record intake thought may be the same human, when the person is flagged.</summary>
    public Person? DuplicateOf { get; private set; }

    public string Practice { get; private set; } = string.Empty;

    public List<SelectListItem> LinkWorkerOptions { get; private set; } = [];

    private List<LinkwellUser> _workers = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await LoadAsync(id);
        await AuditReadAsync("Referral", id, found);
        if (!found)
        {
            return NotFound();
        }

        Input.LinkWorkerId = User.IsInRole(Roles.LinkWorker) ? User.UserId() : null;
        return Show();
    }

    public async Task<IActionResult> OnPostAcceptAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return await NotFoundAsync(id);
        }

        var worker = _workers.FirstOrDefault(w => w.Id == Input.LinkWorkerId);
        if (worker is null)
        {
            ModelState.AddModelError("Input.LinkWorkerId", "Select the link worker who will support the person.");
            return Show();
        }

        var done = await ChangeAsync(Referral, Input.Version, r => r.Accept(worker.Id, worker.DisplayName, User.Name(), NowUtc), "accepted");
        return await AfterAsync(done, id, $"Referral {Referral.Reference} accepted and allocated to {worker.DisplayName}.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return await NotFoundAsync(id);
        }

        CheckText("Input.DeclineNote", Input.DeclineNote, MaxNoteLength, "The note");
        if (Input.DeclineReason is not { } reason)
        {
            ModelState.AddModelError("Input.DeclineReason", "Select why the referral is declined.");
        }
        else if (ModelState.ErrorCount == 0)
        {
            var done = await ChangeAsync(Referral, Input.Version, r => r.Decline(reason, FormValues.Trimmed(Input.DeclineNote), User.Name(), NowUtc), "declined");
            return await AfterAsync(done, id, $"Referral {Referral.Reference} declined. The referrer has been told why.");
        }

        return Show();
    }

    /// <summary>The flagged person is the same human as the existing record: the referral moves to that record.</summary>
    public async Task<IActionResult> OnPostSamePersonAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return await NotFoundAsync(id);
        }

        if (DuplicateOf is not { } existing)
        {
            ModelState.AddModelError(string.Empty, "The other record could not be found, so the referral cannot be linked to it.");
            return Show();
        }

        // The flagged record was made by intake for this referral alone; once the referral moves, an empty
        // copy of someone's details would only mislead (and is personal data kept for no purpose).
        var flagged = Person;
        var orphaned = !await Db.Referrals.AnyAsync(r => r.PersonId == flagged.Id && r.Id != id, HttpContext.RequestAborted);
        var done = await ChangeAsync(Referral, Input.Version, r =>
        {
            r.MoveToPerson(existing.Id);
            if (orphaned)
            {
                Db.People.Remove(flagged);
            }
        }, "linked to the existing person record");
        if (done && orphaned)
        {
            await Audit.RecordAsync(new AuditEvent(AuditAction.Delete, "Person", flagged.Id.ToString(), AuditOutcome.Success, "duplicate record removed after linking"));
        }

        return await AfterAsync(done, id, $"Referral {Referral.Reference} is now on {existing.DisplayName}'s existing record.");
    }

    /// <summary>Two different people who happen to match: the flag is cleared and both records stay.</summary>
    public async Task<IActionResult> OnPostDifferentPersonAsync(Guid id)
    {
        ModelState.Clear();
        if (!await LoadAsync(id))
        {
            return await NotFoundAsync(id);
        }

        var done = await TryAsync(async () =>
        {
            Db.ExpectVersion(Person, Input.PersonVersion);
            Person.ConfirmNotDuplicate();
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
        });
        await Audit.RecordAsync(new AuditEvent(AuditAction.Update, "Person", Person.Id.ToString(), done ? AuditOutcome.Success : AuditOutcome.Conflict, "confirmed not a duplicate"));
        return await AfterAsync(done, id, $"{Person.DisplayName} is recorded as a different person from {DuplicateOf?.DisplayName ?? "the other record"}.");
    }

    private async Task<IActionResult> AfterAsync(bool done, Guid id, string notice)
    {
        if (done)
        {
            TempData["Notice"] = notice;
            return RedirectToPage(new { id });
        }

        Db.ChangeTracker.Clear();
        return await LoadAsync(id) ? Show() : NotFound();
    }

    private async Task<IActionResult> NotFoundAsync(Guid id)
    {
        await Audit.RecordAsync(new AuditEvent(AuditAction.Update, "Referral", id.ToString(), AuditOutcome.NotFound));
        return NotFound();
    }

    /// <summary>The page as it is now, with the versions of what it shows.</summary>
    private PageResult Show()
    {
        Input.Version = Referral.Version;
        Input.PersonVersion = Person.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var ct = HttpContext.RequestAborted;
        var referral = await Db.Referrals.SingleOrDefaultAsync(r => r.Id == id, ct);
        var person = referral is null ? null : await Db.People.SingleOrDefaultAsync(p => p.Id == referral.PersonId, ct);
        if (referral is null || person is null)
        {
            return false;
        }

        (Referral, Person) = (referral, person);
        DuplicateOf = person.PossibleDuplicateOfId is { } otherId
            ? await Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == otherId, ct)
            : null;
        var schemeId = User.SchemeId();
        var odsCode = referral.Details.PracticeOdsCode;
        Practice = await Db.Practices.Where(p => p.SchemeId == schemeId && p.OdsCode == odsCode)
            .Select(p => p.Name).SingleOrDefaultAsync(ct) ?? odsCode;
        _workers = await users.LinkWorkersOfAsync(schemeId);
        LinkWorkerOptions = LinkWorkers.Options(_workers, "Select a link worker");
        return true;
    }
}
