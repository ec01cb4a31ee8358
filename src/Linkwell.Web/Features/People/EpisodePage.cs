using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.People;

/// <summary>What every episode form posts besides its own fields.</summary>
public abstract class EpisodeInput
{
    /// <summary>The version of the episode the form was drawn from.</summary>
    public Guid Version { get; set; }
}

/// <summary>
/// A form that changes one episode (referral) of a person: routed as /People/{id}/Referrals/{referralId}/...,
/// shown only while the episode is in the status its verb needs, and back to the person's page when done.
/// </summary>
public abstract class EpisodePage(AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock)
    : ReferralChangePage(db, notifier, audit, clock)
{
    public Referral Referral { get; private set; } = null!;

    public string PersonName { get; private set; } = string.Empty;

    /// <summary>The status the page's verb needs; otherwise the page says why nothing can be done.</summary>
    public abstract ReferralStatus RequiredStatus { get; }

    public bool CanChange => Referral.Status == RequiredStatus;

    /// <summary>The page's bound form.</summary>
    protected abstract EpisodeInput Form { get; }

    protected async Task<IActionResult> ShowAsync(Guid id, Guid referralId)
    {
        var found = await LoadAsync(id, referralId);
        await AuditReadAsync("Referral", referralId, found, GetType().Name);
        return found ? Shown() : NotFound();
    }

    /// <summary>Loads for a post; false means not found (another scheme's, or not this person's), audited.</summary>
    protected async Task<bool> LoadForChangeAsync(Guid id, Guid referralId)
    {
        if (await LoadAsync(id, referralId))
        {
            return true;
        }

        await Audit.RecordAsync(new AuditEvent(AuditAction.Update, "Referral", referralId.ToString(), AuditOutcome.NotFound));
        return false;
    }

    /// <summary>After a failed post: the episode as it is now, with what was typed still in the form.</summary>
    protected async Task<IActionResult> ShowAgainAsync(Guid id, Guid referralId) =>
        await LoadAsync(id, referralId) ? Shown() : NotFound();

    /// <summary>Runs the page's verb on the version the form was drawn from.</summary>
    protected Task<bool> ChangeAsync(Action<Referral> verb, string detail) => ChangeAsync(Referral, Form.Version, verb, detail);

    /// <summary>An optional date that must be today or later (a next contact); a mistake becomes a field error.</summary>
    protected DateOnly? ReadDateFromToday(string key, DateParts parts, string what)
    {
        if (parts.IsEmpty)
        {
            return null;
        }

        if (!FormValues.TryDate(parts, out var date))
        {
            ModelState.AddModelError(key, $"{what} must be a real date, for example 16 3 2026.");
        }
        else if (date < UkTime.Today(Clock))
        {
            ModelState.AddModelError(key, $"{what} must be today or in the future.");
        }

        return date;
    }

    protected IActionResult Done(Guid id, string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage("Person", new { id });
    }

    /// <summary>The page, its form carrying the version of the episode on screen.</summary>
    private PageResult Shown()
    {
        Form.Version = Referral.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid referralId)
    {
        var ct = HttpContext.RequestAborted;
        var referral = await Db.Referrals.Include(r => r.Contacts).SingleOrDefaultAsync(r => r.Id == referralId && r.PersonId == id, ct);
        var person = referral is null ? null : await Db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (referral is null || person is null)
        {
            return false;
        }

        (Referral, PersonName) = (referral, person.DisplayName);
        return true;
    }
}
