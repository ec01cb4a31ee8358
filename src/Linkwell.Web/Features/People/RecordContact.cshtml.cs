using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features.People;

/// <summary>A contact as typed: kept as strings so a mistake comes back with everything still in place.</summary>
public sealed class ContactInput : EpisodeInput
{
    public DateParts Date { get; set; } = new();

    /// <summary>UK time, 24-hour clock.</summary>
    public string? Time { get; set; }

    public ContactMethod? Method { get; set; }

    public string? DurationMinutes { get; set; }

    /// <summary>Whether the link worker reached the person; false records a failed attempt.</summary>
    public bool? Reached { get; set; }

    public string? Notes { get; set; }

    public string? Outcome { get; set; }

    public DateParts NextContactDue { get; set; } = new();
}

/// <summary>Records a contact with the person (or an attempt that did not reach them) and when the next is due.</summary>
public sealed class RecordContactModel(AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock)
    : EpisodePage(db, notifier, audit, clock)
{
    public const int MaxNotesLength = 8000;
    public const int MaxOutcomeLength = 1000;

    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public override ReferralStatus RequiredStatus => ReferralStatus.Accepted;

    protected override EpisodeInput Form => Input;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid referralId)
    {
        var page = await ShowAsync(id, referralId);
        Input.Date = FormValues.PartsOf(UkTime.Today(Clock));
        if (page is PageResult && Referral.NextContactDue is { } due)
        {
            Input.NextContactDue = FormValues.PartsOf(due);
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

        var record = ReadContact();
        var due = ReadDateFromToday("Input.NextContactDue", Input.NextContactDue, "The next contact date");
        if (ModelState.ErrorCount == 0 && await ChangeAsync(r => RecordAndSchedule(r, record!, due), "recorded contact"))
        {
            return Done(id, record!.Succeeded ? $"Contact with {PersonName} recorded." : $"Attempt to contact {PersonName} recorded.");
        }

        return await ShowAgainAsync(id, referralId);
    }

    private void RecordAndSchedule(Referral referral, ContactRecord record, DateOnly? due)
    {
        referral.RecordContact(record, User.Name(), NowUtc);
        referral.ScheduleNextContact(due);
    }

    private ContactRecord? ReadContact()
    {
        var occurredUtc = ReadWhen();
        if (Input.Method is null)
        {
            ModelState.AddModelError("Input.Method", "Select how the contact happened.");
        }

        var duration = ReadDuration();
        if (Input.Reached is null)
        {
            ModelState.AddModelError("Input.Reached", "Select whether you reached the person.");
        }

        CheckText("Input.Notes", Input.Notes, MaxNotesLength, "Notes");
        CheckText("Input.Outcome", Input.Outcome, MaxOutcomeLength, "The outcome");
        return occurredUtc is { } at && Input.Method is { } method && duration is { } minutes && Input.Reached is { } reached
            ? new ContactRecord(at, method, minutes, FormValues.Trimmed(Input.Notes), FormValues.Trimmed(Input.Outcome), reached)
            : null;
    }

    /// <summary>The date and time typed, read as UK time, in UTC.</summary>
    private DateTime? ReadWhen()
    {
        var date = ReadDate();
        TimeOnly time = default;
        if (FormValues.IsBlank(Input.Time))
        {
            ModelState.AddModelError("Input.Time", "Enter the time of the contact.");
        }
        else if (!FormValues.TryTime(Input.Time, out time))
        {
            ModelState.AddModelError("Input.Time", "Enter the time on the 24-hour clock, for example 14:30.");
        }

        if (date is null || ModelState.ContainsKey("Input.Time"))
        {
            return null;
        }

        if (!UkTime.TryToUtc(date.Value, time, out var utc))
        {
            ModelState.AddModelError("Input.Time", "That time did not happen in the UK: the clocks went forward an hour. Check the time.");
            return null;
        }

        if (utc > NowUtc.AddMinutes(5))
        {
            ModelState.AddModelError("Input.Time", "The time of the contact must be in the past.");
            return null;
        }

        return utc;
    }

    private DateOnly? ReadDate()
    {
        if (Input.Date.IsEmpty)
        {
            ModelState.AddModelError("Input.Date", "Enter the date of the contact.");
        }
        else if (!FormValues.TryDate(Input.Date, out var date))
        {
            ModelState.AddModelError("Input.Date", "The date of the contact must be a real date, for example 2 3 2026.");
        }
        else if (date > UkTime.Today(Clock))
        {
            ModelState.AddModelError("Input.Date", "The date of the contact must be today or in the past.");
        }
        else
        {
            return date;
        }

        return null;
    }

    private int? ReadDuration()
    {
        if (FormValues.IsBlank(Input.DurationMinutes))
        {
            ModelState.AddModelError("Input.DurationMinutes", "Enter how long the contact took, in minutes.");
        }
        else if (!FormValues.TryWholeNumber(Input.DurationMinutes, out var minutes) || minutes > 600)
        {
            ModelState.AddModelError("Input.DurationMinutes", "Duration must be a whole number of minutes between 0 and 600.");
        }
        else
        {
            return minutes;
        }

        return null;
    }
}
