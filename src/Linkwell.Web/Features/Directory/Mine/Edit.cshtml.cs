using System.Globalization;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Account;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Postcodes = Linkwell.Domain.People.Postcode;

namespace Linkwell.Web.Features.Directory.Mine;

/// <summary>One weekly session as typed.</summary>
public sealed class SessionInput
{
    public string? Day { get; set; }

    public string? Opens { get; set; }

    public string? Closes { get; set; }
}

/// <summary>The edit form as typed (kept as strings, so a mistake is shown back as it was typed).</summary>
public sealed class ListingInput
{
    /// <summary>The revision of the listing the form was drawn from.</summary>
    public long Revision { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Url { get; set; }

    public string? Email { get; set; }

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    /// <summary>"free", "charge" or "unknown".</summary>
    public string? Cost { get; set; }

    public string? Fees { get; set; }

    public List<SessionInput> Sessions { get; set; } = [];

    public string? Address { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }
}

/// <summary>
/// An owner edits a listing: what owners really change. A listing from a feed or an import, or one link
/// workers already see, changes once a directory manager approves; otherwise at once.
/// </summary>
public sealed class EditModel(AppDbContext db, UserManager<LinkwellUser> users, AuditLog audit, ListingChanges changes)
    : OwnerPage(db, users, audit)
{
    public const int MaxSessions = 14;
    private const int BlankSessions = 2;

    [BindProperty]
    public ListingInput Input { get; set; } = new();

    public string ServiceName { get; private set; } = string.Empty;

    public bool NeedsApproval { get; private set; }

    public DirectoryChangeRequest? Pending { get; private set; }

    /// <summary>The listing as it is now, shown when it changed while the owner was editing it.</summary>
    public ListingDetails? Current { get; private set; }

    public static List<SelectListItem> Days() =>
        [new(string.Empty, string.Empty), .. WeeklyHours.DayCodes.Select(d => new SelectListItem(ListingDetails.DayName(d), d))];

    public static List<SelectListItem> Costs() =>
        [new("Free", "free"), new("There is a charge", "charge"), new("Not stated", "unknown")];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await OwnServiceAsync(id) is not { } record)
        {
            return await NotOursAsync(id, AuditAction.Read);
        }

        await DescribeAsync(record);
        Input = Fill(Pending?.Proposed ?? ListingDetails.Of(OrukJson.Deserialize<OrukService>(record.Json)));
        Input.Revision = record.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await OwnServiceAsync(id) is not { } record)
        {
            return await NotOursAsync(id);
        }

        var proposed = Read();
        var outcome = EditOutcome.Unchanged;
        if (ModelState.ErrorCount == 0 && await TryAsync(async () => outcome = await changes.EditAsync(Owner, record, Input.Revision, proposed!, Aborted)))
        {
            TempData["Notice"] = outcome switch
            {
                EditOutcome.Applied => $"Your changes to {proposed!.Name} are saved. Link workers see them now.",
                EditOutcome.Requested => $"Your changes to {proposed!.Name} are sent to a directory manager to approve. Until then link workers see the listing as it was.",
                _ => "Nothing was changed.",
            };
            return RedirectToPage("Index");
        }

        if (Input.Revision != record.Revision)
        {
            Current = ListingDetails.Of(OrukJson.Deserialize<OrukService>(record.Json));
        }

        // What was typed stays; the revision becomes the one now on screen (the current listing).
        await DescribeAsync(record);
        Input.Revision = record.Revision;
        return Page();
    }

    private async Task DescribeAsync(DirectoryServiceRecord record)
    {
        var service = OrukJson.Deserialize<OrukService>(record.Json);
        ServiceName = service.Name;
        NeedsApproval = ListingChanges.NeedsApproval(record, service);
        Pending = await ListingChanges.PendingAsync(Db, record.Id, Aborted);
        while (Input.Sessions.Count < MaxSessions && Input.Sessions.Count(s => IsBlank(s)) < BlankSessions)
        {
            Input.Sessions.Add(new SessionInput());
        }
    }

    private static ListingInput Fill(ListingDetails d) => new()
    {
        Name = d.Name,
        Description = d.Description,
        Url = d.Url,
        Email = d.Email,
        MinimumAge = d.MinimumAge?.ToString("0.##", CultureInfo.InvariantCulture),
        MaximumAge = d.MaximumAge?.ToString("0.##", CultureInfo.InvariantCulture),
        Cost = d.Free switch { true => "free", false => "charge", null => "unknown" },
        Fees = d.Fees,
        Sessions = [.. d.Sessions.OrderBy(s => WeeklyHours.DayIndex(s.Day)).ThenBy(s => s.Opens).Select(s => new SessionInput
        {
            Day = s.Day,
            Opens = s.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
            Closes = s.Closes.ToString("HH:mm", CultureInfo.InvariantCulture),
        })],
        Address = d.Address,
        Town = d.Town,
        Postcode = d.Postcode,
    };

    /// <summary>The details typed, or null with every mistake in ModelState.</summary>
    private ListingDetails? Read()
    {
        CheckText("Input.Name", Input.Name?.Trim(), 500, "The name", "Enter the name of the service.");
        CheckText("Input.Description", Input.Description, 4000, "The description");
        var url = FormValues.Trimmed(Input.Url);
        if (url is not null && (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            ModelState.AddModelError("Input.Url", "Enter the website address in full, starting with https://");
        }

        var email = FormValues.Trimmed(Input.Email);
        if (email is not null && !AccountPages.IsEmail(email))
        {
            ModelState.AddModelError("Input.Email", "Enter the email address in the right format, like info@example.org.");
        }

        var minimum = Age("Input.MinimumAge", Input.MinimumAge, "The youngest age");
        var maximum = Age("Input.MaximumAge", Input.MaximumAge, "The oldest age");
        if (minimum > maximum)
        {
            ModelState.AddModelError("Input.MaximumAge", "The oldest age must be the same as or more than the youngest age.");
        }

        bool? free = Input.Cost switch { "free" => true, "charge" => false, _ => null };
        var fees = FormValues.Trimmed(Input.Fees);
        CheckText("Input.Fees", fees, 500, "What it costs", free == false ? "Say what it costs, for example £3 a session." : null);
        var sessions = Sessions();
        var (address, town, postcode) = Place();
        return ModelState.ErrorCount > 0 ? null : new ListingDetails
        {
            Name = Input.Name!.Trim(),
            Description = FormValues.Trimmed(Input.Description),
            Url = url,
            Email = email,
            MinimumAge = minimum,
            MaximumAge = maximum,
            Free = free,
            Fees = free is null ? null : fees,
            Sessions = sessions,
            Address = address,
            Town = town,
            Postcode = postcode,
        };
    }

    private decimal? Age(string key, string? text, string what)
    {
        if (FormValues.Trimmed(text) is not { } typed)
        {
            return null;
        }

        if (decimal.TryParse(typed, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var age) && age <= 150)
        {
            return age;
        }

        ModelState.AddModelError(key, $"{what} must be a number of years, like 18.");
        return null;
    }

    private List<ListingSession> Sessions()
    {
        var sessions = new List<ListingSession>();
        for (var i = 0; i < Input.Sessions.Count && i < MaxSessions; i++)
        {
            var row = Input.Sessions[i];
            if (IsBlank(row))
            {
                continue;
            }

            var key = $"Input.Sessions[{i}]";
            var day = WeeklyHours.DayCodes.FirstOrDefault(d => d == row.Day);
            if (day is null)
            {
                ModelState.AddModelError($"{key}.Day", $"Select the day of session {i + 1}.");
            }

            var opensOk = FormValues.TryTime(row.Opens, out var opens);
            var closesOk = FormValues.TryTime(row.Closes, out var closes);
            if (!opensOk)
            {
                ModelState.AddModelError($"{key}.Opens", $"Enter when session {i + 1} starts, as a 24-hour time like 09:30.");
            }

            if (!closesOk)
            {
                ModelState.AddModelError($"{key}.Closes", $"Enter when session {i + 1} ends, as a 24-hour time like 11:30.");
            }
            else if (opensOk && closes <= opens)
            {
                ModelState.AddModelError($"{key}.Closes", $"Session {i + 1} must end after it starts.");
            }

            if (day is not null && opensOk && closesOk)
            {
                sessions.Add(new ListingSession(day, opens, closes));
            }
        }

        return sessions;
    }

    private (string? Address, string? Town, string? Postcode) Place()
    {
        var (address, town, typed) = (FormValues.Trimmed(Input.Address), FormValues.Trimmed(Input.Town), FormValues.Trimmed(Input.Postcode));
        if (address is null && town is null && typed is null)
        {
            return (null, null, null);
        }

        CheckText("Input.Address", address, 200, "The address", "Enter the first line of the address, or leave the address empty.");
        CheckText("Input.Town", town, 100, "The town or city", "Enter the town or city.");
        if (!Postcodes.TryNormalise(typed, out var postcode))
        {
            ModelState.AddModelError("Input.Postcode", typed is null ? "Enter the postcode." : "Enter a real postcode, like LS1 4AP.");
        }

        return (address, town, postcode);
    }

    private static bool IsBlank(SessionInput s) => FormValues.IsBlank(s.Day) && FormValues.IsBlank(s.Opens) && FormValues.IsBlank(s.Closes);
}
