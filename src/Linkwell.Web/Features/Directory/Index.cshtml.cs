using System.Globalization;
using Linkwell.Domain.Directory.Search;
using Linkwell.Domain.Geography;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Geography;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Features.Directory;

/// <summary>One service on the results page, with what the link worker decides by.</summary>
public sealed record DirectoryRow(Listing Listing, double? DistanceMetres, Session? Next, ListingPlace? Place);

/// <summary>
/// The link worker's search of the community service directory: words plus filters, as a GET form so a search
/// can be bookmarked and works without JavaScript. Answers come from the in-memory index; only active listings
/// confirmed within <see cref="ListingFreshness.HideAfterMonths"/> are shown. Opened from a person's page,
/// it starts from their postcode and age.
/// </summary>
public sealed class IndexModel(
    DirectoryIndex index,
    IGeocoder geocoder,
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IAuthorizationService authorization,
    ListingFreshness freshness,
    IOptions<DirectoryMapOptions> map) : FormPage
{
    public const int PageSize = 20;
    public const int MaxTextLength = 200;
    public const string Morning = "morning";
    public const string Afternoon = "afternoon";
    public const string Evening = "evening";
    public const string FreeOnly = "free";
    public const string TakingReferrals = "taking";

    private static readonly int[] MileChoices = [1, 2, 5, 10, 25];

    // Declared in the order the form asks, so the error summary lists problems top to bottom.
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Needs { get; set; } = [];

    /// <summary>Terms of any other taxonomy, chosen from a service's page ("more like this").</summary>
    [BindProperty(SupportsGet = true)]
    public List<string> Terms { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Postcode { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Miles { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Days { get; set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Time { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Age { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Accessibility { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<string> Only { get; set; } = [];

    /// <summary>The person the search is for: their postcode and age fill the form.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    public string? PersonName { get; private set; }

    /// <summary>Null until a search has run (a form with mistakes runs none).</summary>
    public DirectoryResult? Result { get; private set; }

    public List<DirectoryRow> Rows { get; private set; } = [];

    public Paging Paging { get; private set; } = Paging.Of(1, 0, PageSize);

    /// <summary>Where distances are measured from.</summary>
    public GeoResult? Centre { get; private set; }

    public DateOnly Today { get; private set; }

    public DirectoryMapOptions Map => map.Value;

    public ListingFreshness Freshness => freshness;

    public List<SelectListItem> NeedChoices { get; } =
        [.. Enum.GetValues<NeedCategory>().Select(n => new SelectListItem(Domain.Referrals.Text.Of(n), n.ToString()))];

    public List<SelectListItem> TermChoices { get; private set; } = [];

    public List<SelectListItem> DistanceChoices { get; } =
        [new("Any distance", string.Empty), .. MileChoices.Select(m => new SelectListItem(m == 1 ? "Within 1 mile" : $"Within {m} miles", m.ToString(CultureInfo.InvariantCulture)))];

    public List<SelectListItem> DayChoices { get; } =
        [.. WeeklyHours.DayCodes.Select((code, i) => new SelectListItem(CultureInfo.InvariantCulture.DateTimeFormat.GetDayName((DayOfWeek)((i + 1) % 7)), code))];

    public List<SelectListItem> TimeChoices { get; } =
    [
        new("Any time", string.Empty),
        new("Morning (9am to 12 noon)", Morning),
        new("Afternoon (12 noon to 5pm)", Afternoon),
        new("Evening (5pm to 9pm)", Evening),
    ];

    public List<SelectListItem> OnlyChoices { get; } =
    [
        new("Free", FreeOnly),
        new("Taking referrals now (or with a waiting list)", TakingReferrals),
    ];

    /// <param name="page">Read from the query only: Razor Pages' own "page" route value is the page's path.</param>
    public async Task<IActionResult> OnGetAsync([FromQuery] string? page)
    {
        var ct = HttpContext.RequestAborted;
        Today = UkTime.Today(clock);
        Time ??= string.Empty;
        if (PersonId is { } personId && !await PrefillFromPersonAsync(personId, ct))
        {
            return NotFound();
        }

        var snapshot = await index.ReadyAsync(ct);
        TermChoices = [.. Terms.Distinct().Select(id => new SelectListItem(index.Terms.TryGetValue(id, out var term) ? term.Name : id, id))];
        var query = await ReadQueryAsync(ct);
        if (query is null)
        {
            return Page();
        }

        var requested = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(number, 1) : 1;
        var result = snapshot.Search(query with { Page = requested });
        Paging = Paging.Of(requested, result.TotalItems, PageSize) with { Query = QueryWithoutPage() };
        if (Paging.Page != requested)
        {
            result = snapshot.Search(query with { Page = Paging.Page });
        }

        Result = result;
        var ukNow = UkTime.ToUk(clock.GetUtcNow().UtcDateTime);
        Rows = [.. result.Hits.Select(h => new DirectoryRow(h.Listing, h.DistanceMetres, NextSession.Find(h.Listing.Schedules, ukNow), PlaceFor(h.Listing)))];
        await audit.RecordAsync(new AuditEvent(AuditAction.Search, "Directory", null, AuditOutcome.Success,
            result.TotalItems == 1 ? "1 result" : $"{result.TotalItems} results"), ct);
        return Page();
    }

    /// <summary>The person's postcode and age, unless the form already says otherwise; false when not found.</summary>
    private async Task<bool> PrefillFromPersonAsync(Guid personId, CancellationToken ct)
    {
        // Only those who may open a person's record may search from it; to anyone else it does not exist.
        var allowed = (await authorization.AuthorizeAsync(User, Policies.CanManageCaseload)).Succeeded;
        var person = allowed ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId, ct) : null;
        await audit.RecordAsync(new AuditEvent(AuditAction.Read, "Person", personId.ToString(),
            person is null ? AuditOutcome.NotFound : AuditOutcome.Success, "directory search"), ct);
        if (person is null)
        {
            return false;
        }

        PersonName = person.DisplayName;
        if (!Request.Query.ContainsKey(nameof(Postcode)))
        {
            Postcode = person.Details.Postcode;
        }

        if (!Request.Query.ContainsKey(nameof(Age)))
        {
            Age = PersonText.Age(person.Details.DateOfBirth, Today).ToString(CultureInfo.InvariantCulture);
        }

        return true;
    }

    /// <summary>The form as a directory query; null, with every mistake in ModelState, when something is wrong.</summary>
    private async Task<DirectoryQuery?> ReadQueryAsync(CancellationToken ct)
    {
        CheckText(nameof(Text), Text, MaxTextLength, "The search");
        CheckText(nameof(Accessibility), Accessibility, 100, "Accessibility needs");
        CheckText(nameof(Language), Language, 100, "The language");
        CheckChosen(nameof(Needs), Needs, NeedChoices, "Select needs from the list");
        CheckChosen(nameof(Days), Days, DayChoices, "Select days from the list");
        CheckChosen(nameof(Only), Only, OnlyChoices, "Select from the list");
        if (!Terms.TrueForAll(index.Terms.ContainsKey))
        {
            ModelState.AddModelError(nameof(Terms), "Select categories from the list");
        }

        var near = await NearAsync(ct);
        var hours = OpenDuring();
        var age = PersonAge();
        if (!ModelState.IsValid)
        {
            return null;
        }

        return new DirectoryQuery
        {
            Text = Text,
            TaxonomyTermIds = [.. Needs.Select(n => LinkwellTaxonomy.NeedTermId(Enum.Parse<NeedCategory>(n))).Concat(Terms).Distinct()],
            Near = near,
            MinimumAge = age,
            MaximumAge = age,
            OpenDuring = hours,
            Cost = Only.Contains(FreeOnly) ? CostKind.Free : null,
            Language = string.IsNullOrWhiteSpace(Language) ? null : Language,
            Accessibility = Accessibility,
            AcceptingReferrals = Only.Contains(TakingReferrals),
            ActiveOnly = true,
            AssuredSince = freshness.ShownSince(Today),
            PerPage = PageSize,
        };
    }

    private async Task<Near?> NearAsync(CancellationToken ct)
    {
        double? radius = null;
        if (!string.IsNullOrEmpty(Miles))
        {
            if (int.TryParse(Miles, NumberStyles.None, CultureInfo.InvariantCulture, out var miles) && MileChoices.Contains(miles))
            {
                radius = miles * ListingText.MetresPerMile;
            }
            else
            {
                ModelState.AddModelError(nameof(Miles), "Select a distance from the list");
            }
        }

        if (string.IsNullOrWhiteSpace(Postcode))
        {
            if (radius is not null)
            {
                ModelState.AddModelError(nameof(Postcode), "Enter a postcode to measure the distance from");
            }

            return null;
        }

        var ok = Domain.People.Postcode.TryNormalise(Postcode, out _) || Domain.People.Postcode.TryNormaliseDistrict(Postcode, out _);
        Centre = ok ? await geocoder.LocateAsync(Postcode, ct) : null;
        if (Centre is null)
        {
            ModelState.AddModelError(nameof(Postcode), ok
                ? $"We do not know the postcode {Postcode.Trim().ToUpperInvariant()}. Check it, or enter the first half only, like LS6"
                : "Enter a full postcode, like LS6 1AN, or the first half only, like LS6");
            return null;
        }

        return new Near(Centre.Latitude, Centre.Longitude, radius);
    }

    /// <summary>Days and a time of day (or the person's own times): sessions overlapping them.</summary>
    private WeeklyHours? OpenDuring()
    {
        var (opens, closes) = Time switch
        {
            null or "" => (TimeOnly.MinValue, TimeOnly.MinValue),
            Morning => (new TimeOnly(9, 0), new TimeOnly(12, 0)),
            Afternoon => (new TimeOnly(12, 0), new TimeOnly(17, 0)),
            Evening => (new TimeOnly(17, 0), new TimeOnly(21, 0)),
            _ => Invalid(nameof(Time), "Select a time of day from the list"),
        };
        var from = ClockTime(nameof(From), From, "start");
        var to = ClockTime(nameof(To), To, "end");
        if (from is not null || to is not null)
        {
            (opens, closes) = (from ?? TimeOnly.MinValue, to ?? TimeOnly.MinValue);
            if (from is not null && to is not null && to <= from)
            {
                ModelState.AddModelError(nameof(To), "The end time must be later than the start time");
            }
        }

        if (Days.Count == 0 && opens == TimeOnly.MinValue && closes == TimeOnly.MinValue)
        {
            return null;
        }

        var days = Days.Count == 0 ? Enumerable.Range(0, 7) : Days.Select(WeeklyHours.DayIndex);
        return WeeklyHours.Open(days, opens, closes);

        (TimeOnly, TimeOnly) Invalid(string key, string message)
        {
            ModelState.AddModelError(key, message);
            return (TimeOnly.MinValue, TimeOnly.MinValue);
        }
    }

    private TimeOnly? ClockTime(string key, string? text, string which)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        ModelState.AddModelError(key, $"Enter the {which} time in hours and minutes, like 09:30 or 14:00");
        return null;
    }

    private decimal? PersonAge()
    {
        if (string.IsNullOrWhiteSpace(Age))
        {
            return null;
        }

        if (int.TryParse(Age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 120)
        {
            return age;
        }

        ModelState.AddModelError(nameof(Age), "Enter the age in whole years, like 67");
        return null;
    }

    private void CheckChosen(string key, List<string> values, List<SelectListItem> choices, string message)
    {
        if (!values.TrueForAll(v => choices.Exists(c => c.Value == v)))
        {
            ModelState.AddModelError(key, message);
        }
    }

    /// <summary>The place to measure to and mark on the map: the nearest to the search centre, or the first.</summary>
    private ListingPlace? PlaceFor(Listing listing) =>
        Centre is { } centre && listing.Places.Count > 1
            ? listing.Places.MinBy(p => Geo.DistanceMetres(centre.Latitude, centre.Longitude, p.Latitude, p.Longitude))
            : listing.Places.FirstOrDefault();

    /// <summary>This search's query string without its page, for the page links.</summary>
    private string QueryWithoutPage() =>
        string.Join('&', Request.Query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? string.Empty)}")));
}
