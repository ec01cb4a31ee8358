using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>
/// The directory fixture and a few services more: by need, free or paid, in other languages, with access
/// details and capacity statuses, one not confirmed for 8 months (flagged), one for 14 (hidden), one closed.
/// </summary>
public sealed class DirectorySearchApp : DirectoryApp
{
    public static readonly string DebtAdvice = Id("401");
    public static readonly string MoneyWorkshop = Id("402");
    public static readonly string Flagged = Id("403");
    public static readonly string Hidden = Id("404");
    public static readonly string Closed = Id("405");

    /// <summary>When every listing but the two stale ones was last confirmed: a month ago, whenever the tests run.</summary>
    public static DateOnly ConfirmedOn => DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-1);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var index = Services.GetRequiredService<DirectoryIndex>();
        await index.RefreshAsync(default);
        JsonArray extra =
        [
            .. new[] { Walk1, Walk2, Walk3, Choir, Youth }.Select(id => Confirmed(JsonNode.Parse(Encoding.UTF8.GetString(index.Current.Find(id)!.FullJson.Span))!.AsObject(), ConfirmedOn)),
            Confirmed(Need(Service("401", "Hyde Park Debt Advice", 1_200, WalkingTerm, "MO", "13:00:00", "16:00:00"), NeedCategory.Money, free: true, language: "Urdu", access: "Step-free access and a hearing loop"), ConfirmedOn),
            Confirmed(Need(Service("402", "Money Matters Workshop", 4_000, WalkingTerm, "WE", "10:00:00", "12:00:00"), NeedCategory.Money, free: false), ConfirmedOn),
            Confirmed(Service("403", "Meanwood Walking Group", 1_500, WalkingTerm, "TH", "10:00:00", "11:00:00"), today.AddMonths(-8)),
            Confirmed(Service("404", "Kirkstall Walking Group", 1_800, WalkingTerm, "TU", "10:00:00", "11:00:00"), today.AddMonths(-14)),
            Confirmed(Service("405", "Knit and Natter", 700, ArtsTerm, "TU", "10:00:00", "12:00:00"), ConfirmedOn),
        ];
        ((JsonObject)extra[^1]!)["status"] = "temporarily closed";
        var report = await ImportJsonAsync("search-fixture.json", extra.ToJsonString());
        Assert.Equal(DirectoryImportState.Succeeded, report.State);

        await using var scope = Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<DirectoryWriter>();
        Assert.True(await writer.SetCapacityAsync(DebtAdvice, "capacity", default));
        Assert.True(await writer.SetCapacityAsync(MoneyWorkshop, "waitlist", default));
        Assert.True(await writer.SetCapacityAsync(Choir, "no-capacity", default));
        await index.RefreshAsync(default);
    }

    private static JsonObject Need(JsonObject service, NeedCategory need, bool free, string? language = null, string? access = null)
    {
        var id = (string)service["id"]!;
        service["attributes"] = new JsonArray(new JsonObject { ["id"] = id[..^3] + "901", ["taxonomy_term_id"] = LinkwellTaxonomy.NeedTermId(need) });
        service["cost_options"] = new JsonArray(new JsonObject { ["id"] = id[..^3] + "902", ["amount"] = free ? 0 : 5, ["amount_description"] = free ? "Free" : "£5 a session" });
        if (language is not null)
        {
            service["languages"] = new JsonArray(new JsonObject { ["id"] = id[..^3] + "903", ["name"] = language });
        }

        if (access is not null)
        {
            var location = (JsonObject)service["service_at_locations"]![0]!["location"]!;
            location["accessibility"] = new JsonArray(new JsonObject { ["id"] = id[..^3] + "904", ["description"] = access });
        }

        return service;
    }

    private static JsonObject Confirmed(JsonObject service, DateOnly on)
    {
        service["assured_date"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return service;
    }
}

/// <summary>The link worker's search page over HTTP, as a browser without JavaScript uses it.</summary>
public sealed class DirectorySearchPageTests(DirectorySearchApp app) : IClassFixture<DirectorySearchApp>
{
    private const string TuesdayMorningWalks = "/Directory?Text=walking+group&Postcode=LS1+4AP&Miles=2&Days=TU&Time=morning";

    [Fact]
    public async Task A_walking_group_within_two_miles_on_tuesday_mornings_is_the_headingley_one_with_its_facts()
    {
        var (session, _) = await LinkWorkerAsync();

        var page = await session.GetAsync(TuesdayMorningWalks);

        Assert.Equal(["Headingley Walking Group"], Names(page));
        var facts = Facts(page.QuerySelector(".lw-result")!);
        Assert.Equal("1.6 miles", facts["Distance"]);
        Assert.StartsWith(NextTuesday(), facts["Next session"], StringComparison.Ordinal);
        Assert.EndsWith("10:00 to 11:30", facts["Next session"], StringComparison.Ordinal);
        Assert.Equal("Not stated", facts["Cost"]);
        Assert.Equal("Confirmed 1 month ago", facts["Last confirmed"]);
        Assert.Equal("1 service found", page.QuerySelector("#results-heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task Each_filter_gives_exactly_the_right_services()
    {
        var (session, _) = await LinkWorkerAsync();

        Assert.Equal(["Hyde Park Debt Advice", "Money Matters Workshop"], Names(await session.GetAsync("/Directory?Needs=Money")));
        Assert.Equal(["Hyde Park Debt Advice"], Names(await session.GetAsync("/Directory?Needs=Money&Only=free")));
        Assert.Equal(["Hyde Park Debt Advice", "Money Matters Workshop"], Names(await session.GetAsync("/Directory?Only=taking")));
        Assert.Equal(["Hyde Park Debt Advice"], Names(await session.GetAsync("/Directory?Language=urdu")));
        Assert.Equal(["Hyde Park Debt Advice"], Names(await session.GetAsync("/Directory?Accessibility=hearing+loop")));
        Assert.Equal(["Leeds Community Choir"], Names(await session.GetAsync($"/Directory?Terms={DirectoryApp.ArtsTerm}")));
        Assert.Equal(["Evening walking group", "Leeds Community Choir"], Names(await session.GetAsync("/Directory?Time=evening")));
        Assert.Equal(["Hyde Park Debt Advice", "Money Matters Workshop"], Names(await session.GetAsync("/Directory?Days=MO&Days=WE&From=10:30&To=14:00")));
        var twelve = Names(await session.GetAsync("/Directory?Age=12"));
        Assert.Contains("Youth football", twelve);
        Assert.DoesNotContain("Headingley Walking Group", twelve);
    }

    [Fact]
    public async Task Without_a_distance_a_postcode_orders_everything_by_distance()
    {
        var (session, _) = await LinkWorkerAsync();

        var page = await session.GetAsync("/Directory?Postcode=ls14ap");

        Assert.Equal(["Leeds Community Choir", "Youth football", "Evening walking group", "Hyde Park Debt Advice", "Meanwood Walking Group", "Headingley Walking Group", "Money Matters Workshop", "Roundhay Park Walkers"], Names(page));
        Assert.Equal("0.3 miles", Facts(page.QuerySelector(".lw-result")!)["Distance"]);
    }

    [Fact]
    public async Task Listings_unconfirmed_for_six_months_are_flagged_and_for_twelve_or_closed_are_left_out()
    {
        var (session, _) = await LinkWorkerAsync();

        var page = await session.GetAsync("/Directory?Text=walking");

        var names = Names(page);
        Assert.Contains("Meanwood Walking Group", names);
        Assert.DoesNotContain("Kirkstall Walking Group", names);
        Assert.DoesNotContain("Knit and Natter", Names(await session.GetAsync("/Directory")));
        var flagged = page.QuerySelectorAll(".lw-result").Single(r => r.QuerySelector("h3")!.TextContent.Trim() == "Meanwood Walking Group");
        Assert.Equal("Not confirmed for 6 months", flagged.QuerySelector(".nhsuk-tag--orange")!.TextContent.Trim());
        Assert.Equal("Confirmed 8 months ago", Facts(flagged)["Last confirmed"]);
        Assert.Empty(page.QuerySelectorAll(".lw-result").Where(r => r != flagged).SelectMany(r => r.QuerySelectorAll(".nhsuk-tag--orange")));
    }

    [Fact]
    public async Task Capacity_shows_as_a_tag_for_people()
    {
        var (session, _) = await LinkWorkerAsync();

        var page = await session.GetAsync("/Directory");

        Assert.Equal("Taking referrals", Tag(page, "Hyde Park Debt Advice"));
        Assert.Equal("Waiting list", Tag(page, "Money Matters Workshop"));
        Assert.Equal("Full: not taking referrals", Tag(page, "Leeds Community Choir"));
        Assert.Equal("Capacity not set", Tag(page, "Youth football"));
    }

    [Fact]
    public async Task A_typo_is_corrected_and_the_page_says_so()
    {
        var (session, _) = await LinkWorkerAsync();

        var page = await session.GetAsync("/Directory?Text=wlaking+grup");

        Assert.Contains("Headingley Walking Group", Names(page));
        Assert.Contains("did you mean", page.QuerySelector(".nhsuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await session.GetAsync("/Directory?Text=walking")).QuerySelector(".nhsuk-inset-text"));
    }

    [Fact]
    public async Task Mistakes_are_listed_in_form_order_and_what_was_typed_is_kept()
    {
        var (session, _) = await LinkWorkerAsync();

        var page = await session.GetAsync("/Directory?Text=choir&Postcode=XX1+1XX&Miles=2&From=25:00&To=banana&Age=old");

        Assert.Equal(
        [
            "We do not know the postcode XX1 1XX. Check it, or enter the first half only, like LS6",
            "Enter the start time in hours and minutes, like 09:30 or 14:00",
            "Enter the end time in hours and minutes, like 09:30 or 14:00",
            "Enter the age in whole years, like 67",
        ], PageSession.ErrorSummary(page));
        Assert.Equal("XX1 1XX", Value(page, "Postcode"));
        Assert.Equal("choir", Value(page, "Text"));
        Assert.Equal("25:00", Value(page, "From"));
        Assert.Equal("2", page.QuerySelector<IHtmlSelectElement>("#Miles")!.Value);
        Assert.Empty(page.QuerySelectorAll(".lw-result"));
        Assert.Equal(["Enter a postcode to measure the distance from"], PageSession.ErrorSummary(await session.GetAsync("/Directory?Miles=5")));
        Assert.Equal(["The end time must be later than the start time"], PageSession.ErrorSummary(await session.GetAsync("/Directory?From=14:00&To=9:30")));
    }

    [Fact]
    public async Task Every_search_is_audited_without_the_postcode_or_the_words()
    {
        var (session, scheme) = await LinkWorkerAsync();

        await session.GetAsync(TuesdayMorningWalks);

        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.SchemeId == scheme.Id && e.Action == AuditAction.Search && e.RecordType == "Directory")
            .OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("1 result", entry.Detail);
        Assert.Equal(scheme.LinkWorkerId, entry.ActorId);
        Assert.Null(entry.RecordId);
    }

    [Fact]
    public async Task From_a_persons_page_the_search_starts_at_their_postcode_and_age_and_the_read_is_audited()
    {
        var (session, scheme) = await LinkWorkerAsync();
        var personId = await PersonAsync(scheme);
        var personPage = await session.GetAsync($"/People/{personId}");
        var link = personPage.QuerySelectorAll<IHtmlAnchorElement>("main a").Single(a => a.TextContent.StartsWith("Find services", StringComparison.Ordinal));

        var page = await session.GetAsync(link.GetAttribute("href")!);

        Assert.Equal("LS1 4AP", Value(page, "Postcode"));
        Assert.Equal(AgeOf(new DateOnly(1950, 12, 10)).ToString(CultureInfo.InvariantCulture), Value(page, "Age"));
        Assert.Equal(personId.ToString(), page.QuerySelector<IHtmlInputElement>("input[name=PersonId]")!.Value);
        Assert.Equal("Leeds Community Choir", Names(page)[0]);
        Assert.DoesNotContain("Youth football", Names(page));
        Assert.Equal($"/People/{personId}", page.QuerySelector(".nhsuk-back-link")!.GetAttribute("href"));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.Action == AuditAction.Read && e.RecordType == "Person" && e.RecordId == personId.ToString() && e.Outcome == AuditOutcome.Success && e.Detail == "directory search")));

        // What the link worker types replaces the person's details; clearing the postcode keeps it clear.
        var changed = await session.GetAsync($"/Directory?PersonId={personId}&Postcode=&Age=");
        Assert.Equal(string.Empty, Value(changed, "Postcode"));
        Assert.Contains("Youth football", Names(changed));
    }

    [Fact]
    public async Task Another_schemes_person_is_not_found_and_the_attempt_is_audited()
    {
        var (session, _) = await LinkWorkerAsync();
        var other = await app.NewSchemeAsync();
        var personId = await PersonAsync(other);

        using var response = await session.GetResponseAsync($"/Directory?PersonId={personId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e =>
            e.RecordType == "Person" && e.RecordId == personId.ToString() && e.Outcome == AuditOutcome.NotFound)));
    }

    [Fact]
    public async Task Referrers_search_too_but_cannot_start_from_a_person_and_other_roles_cannot_search()
    {
        var (_, scheme) = await LinkWorkerAsync();
        var personId = await PersonAsync(scheme);
        using var referrer = await PageSession.SignInAsync(app, await UserAsync(scheme, Roles.Referrer));
        using var provider = await PageSession.SignInAsync(app, await UserAsync(scheme, Roles.ServiceProvider));

        Assert.Equal(["Headingley Walking Group"], Names(await referrer.GetAsync(TuesdayMorningWalks)));
        using (var fromPerson = await referrer.GetResponseAsync($"/Directory?PersonId={personId}"))
        {
            Assert.Equal(HttpStatusCode.NotFound, fromPerson.StatusCode);
        }

        using var refused = await provider.GetResponseAsync("/Directory");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_page_shows_the_whole_listing_and_leads_back_to_the_search()
    {
        var (session, _) = await LinkWorkerAsync();
        var results = await session.GetAsync(TuesdayMorningWalks);
        var href = results.QuerySelector<IHtmlAnchorElement>(".lw-result h3 a")!.GetAttribute("href")!;

        var page = await session.GetAsync(href);

        Assert.Equal("Headingley Walking Group", page.QuerySelector("h1")!.TextContent.Trim());
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("Leeds Voluntary Action", text, StringComparison.Ordinal);
        Assert.Contains("Headingley Walking Group: everyone welcome.", text, StringComparison.Ordinal);
        Assert.Contains("Every Tuesday, 10:00 to 11:30", text, StringComparison.Ordinal);
        Assert.Contains("Headingley Walking Group meeting point", text, StringComparison.Ordinal);
        Assert.Contains("18 and over", text, StringComparison.Ordinal);
        Assert.Contains(DirectorySearchApp.ConfirmedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), text, StringComparison.Ordinal);
        Assert.Equal(TuesdayMorningWalks, page.QuerySelector(".nhsuk-back-link")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll<IHtmlAnchorElement>("main a"), a => a.GetAttribute("href") == $"/Directory?Terms={DirectoryApp.WalkingTerm}");
    }

    [Fact]
    public async Task A_hidden_listing_still_opens_with_a_warning_and_an_unknown_one_is_not_found()
    {
        var (session, _) = await LinkWorkerAsync();

        var hidden = await session.GetAsync($"/Directory/Services/{DirectorySearchApp.Hidden}");
        using var unknown = await session.GetResponseAsync("/Directory/Services/no-such-service");

        Assert.Contains("Nobody has confirmed these details for over 12 months", hidden.QuerySelector(".nhsuk-warning-callout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task The_map_gets_its_points_from_the_list_and_no_tiles_unless_configured()
    {
        var (session, _) = await LinkWorkerAsync();

        using var response = await session.GetResponseAsync("/Directory?Postcode=LS1+4AP");
        var page = await PageSession.ParseAsync(response);

        var map = page.QuerySelector("#directory-map")!;
        Assert.Equal("true", map.GetAttribute("aria-hidden"));
        Assert.Equal(string.Empty, map.GetAttribute("data-tiles") ?? string.Empty);
        Assert.Equal("53.7996", map.GetAttribute("data-centre-lat"));
        Assert.All(page.QuerySelectorAll(".lw-result"), r => Assert.False(string.IsNullOrEmpty(r.GetAttribute("data-lat"))));
        Assert.Contains("img-src 'self' data:;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [Fact]
    public async Task A_configured_tile_server_is_allowed_to_send_images_and_no_other()
    {
        await using var configured = app.WithWebHostBuilder(b => b.UseSetting("Directory:MapTiles", "https://{s}.tile.example.org/{z}/{x}/{y}.png"));
        using var client = configured.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("img-src 'self' data: https://*.tile.example.org;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.example.org/{z}/{x}/{y}.png?key=abc", "https://*.tile.example.org")]
    [InlineData("http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080")]
    [InlineData(null, null)]
    public void A_configured_tile_server_is_the_only_other_place_images_may_come_from(string? template, string? source) =>
        Assert.Equal(source, new DirectoryMapOptions { MapTiles = template }.TileSource);

    [Fact]
    public void A_tile_address_that_is_not_http_stops_the_start() =>
        Assert.Throws<InvalidOperationException>(() => new DirectoryMapOptions { MapTiles = "javascript:alert(1)" }.TileSource);

    private async Task<(PageSession Session, TestScheme Scheme)> LinkWorkerAsync()
    {
        var scheme = await app.NewSchemeAsync();
        return (await PageSession.SignInAsync(app, scheme.LinkWorkerEmail), scheme);
    }

    private static async Task<Guid> PersonAsync(TestScheme scheme)
    {
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());
        return await scheme.App.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.PersonId).SingleAsync());
    }

    private async Task<string> UserAsync(TestScheme scheme, string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        await using var scope = app.WideScope(out _);
        var created = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewAccount(email, $"A {role}", scheme.Id, [role], null, null), TestScheme.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return email;
    }

    private static List<string> Names(IDocument page) =>
        [.. page.QuerySelectorAll(".lw-result h3").Select(h => h.TextContent.Trim())];

    private static Dictionary<string, string> Facts(IElement result) =>
        result.QuerySelectorAll(".lw-facts dt").ToDictionary(dt => dt.TextContent.Trim(), dt => dt.NextElementSibling!.TextContent.Trim());

    private static string Tag(IDocument page, string name) =>
        page.QuerySelectorAll(".lw-result").Single(r => r.QuerySelector("h3")!.TextContent.Trim() == name)
            .QuerySelector(".nhsuk-tag:not(.nhsuk-tag--orange)")!.TextContent.Trim();

    private static string Value(IDocument page, string name) => page.QuerySelector<IHtmlInputElement>($"input[name={name}]")!.Value;

    /// <summary>How the page names the next Tuesday morning session (10:00 to 11:30, UK time).</summary>
    private static string NextTuesday()
    {
        var now = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var today = DateOnly.FromDateTime(now);
        var days = (((int)DayOfWeek.Tuesday - (int)today.DayOfWeek) + 7) % 7;
        days = days == 0 && TimeOnly.FromDateTime(now) >= new TimeOnly(11, 30) ? 7 : days;
        return days switch
        {
            0 => "Today",
            1 => "Tomorrow",
            _ => today.AddDays(days).ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-GB")),
        };
    }

    private static int AgeOf(DateOnly born)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var age = today.Year - born.Year;
        return today < born.AddYears(age) ? age - 1 : age;
    }
}
