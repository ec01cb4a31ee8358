using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Linkwell.Browser.Tests;

/// <summary>
/// The foundation journey in a real browser: a referrer refers, a link worker accepts and records a
/// contact, the referrer sees it accepted. Every page on the way is checked with axe-core.
/// </summary>
public sealed partial class ReferralJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_referral_made_in_the_browser_is_accepted_contacted_and_seen_by_its_referrer()
    {
        await using var referrerContext = await app.NewContextAsync();
        var referrer = await referrerContext.NewPageAsync();
        await Journey.SignInAsync(referrer, "referrer@demo.linkwell.test");

        var reference = await ReferAsync(referrer);

        await using var linkWorkerContext = await app.NewContextAsync();
        var linkWorker = await linkWorkerContext.NewPageAsync();
        await Journey.SignInAsync(linkWorker, "linkworker@demo.linkwell.test");
        await AcceptAsync(linkWorker, reference);
        await RecordContactAsync(linkWorker);

        await referrer.GotoAsync("/Referrals");
        await Journey.CheckAsync(referrer, "my-referrals");
        await referrer.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(reference) }).First.ClickAsync();
        await Journey.CheckAsync(referrer, "referral-tracked");
        var timeline = await referrer.Locator("main").InnerTextAsync();
        Assert.Contains("Accepted", timeline, StringComparison.Ordinal);
        Assert.Contains("First contact", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("Talked about the walking group", timeline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_form_with_mistakes_keeps_what_was_typed_and_names_each_problem()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Journey.SignInAsync(page, "referrer@demo.linkwell.test");
        await page.GotoAsync("/Referrals/New");
        await page.Locator("#Input-Person-GivenName").FillAsync("Margaret");
        await page.Locator("#Input-Person-NhsNumber").FillAsync("943 476 5918");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();

        await Journey.CheckAsync(page, "referral-form-errors");
        var summary = await page.Locator(".nhsuk-error-summary").InnerTextAsync();
        Assert.Contains("This is not a valid NHS number", summary, StringComparison.Ordinal);
        Assert.Contains("Enter the person's last name", summary, StringComparison.Ordinal);
        Assert.Equal("Margaret", await page.Locator("#Input-Person-GivenName").InputValueAsync());
        Assert.Equal("943 476 5918", await page.Locator("#Input-Person-NhsNumber").InputValueAsync());
    }

    private static async Task<string> ReferAsync(IPage page)
    {
        await page.GotoAsync("/Referrals/New");
        await Journey.CheckAsync(page, "referral-form");
        await page.Locator("#Input-Person-GivenName").FillAsync("Margaret");
        await page.Locator("#Input-Person-FamilyName").FillAsync("Thistlewood");
        await page.Locator("#Input-Person-DateOfBirthParts-day").FillAsync("27");
        await page.Locator("#Input-Person-DateOfBirthParts-month").FillAsync("3");
        await page.Locator("#Input-Person-DateOfBirthParts-year").FillAsync("1951");
        await page.Locator("#Input-Person-NhsNumber").FillAsync("943 476 5919");
        await page.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await page.Locator("#Input-Person-AddressLine1").FillAsync("12 Park Row");
        await page.Locator("#Input-Person-Town").FillAsync("Leeds");
        await page.Locator("#Input-Person-Postcode").FillAsync("ls1 4ap");
        await page.Locator("#Input-Person-Phone").FillAsync("0113 496 0000");
        await page.GetByLabel("Phone call").CheckAsync();
        await page.Locator("#Input-PracticeOdsCode").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input-Reason").FillAsync("Lives alone since her husband died; would like to meet people.");
        await page.GetByLabel("Loneliness or isolation").CheckAsync();
        await page.GetByLabel("Routine").CheckAsync();
        await page.GetByLabel("There are no known risks", new() { Exact = false }).CheckAsync();
        await page.Locator("#Input-ConsentGiven").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();

        await page.WaitForURLAsync(new Regex("/Referrals/Track/"));
        await Journey.CheckAsync(page, "referral-sent");
        var text = await page.Locator("main").InnerTextAsync();
        return ReferencePattern().Match(text).Value is { Length: > 0 } reference
            ? reference
            : throw new InvalidOperationException("The confirmation page shows no referral reference.");
    }

    private static async Task AcceptAsync(IPage page, string reference)
    {
        await page.GotoAsync("/Triage");
        await Journey.CheckAsync(page, "referral-queue");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(reference) }).First.ClickAsync();
        await Journey.CheckAsync(page, "triage-referral");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accept") }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await Journey.CheckAsync(page, "referral-accepted");
    }

    private static async Task RecordContactAsync(IPage page)
    {
        await page.GotoAsync("/Caseload");
        await Journey.CheckAsync(page, "caseload");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Thistlewood") }).First.ClickAsync();
        await Journey.CheckAsync(page, "person");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("(?i)record a contact") }).First.ClickAsync();
        await Journey.CheckAsync(page, "record-contact");
        var today = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(-1), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));
        var form = page.Locator("main form").First;
        await form.Locator("input[id$='-day']").First.FillAsync(today.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("input[id$='-month']").First.FillAsync(today.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.Locator("input[id$='-year']").First.FillAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Time", new() { Exact = true }).FillAsync(today.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Phone", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("How long did it take", new() { Exact = false }).FillAsync("30");
        await form.GetByLabel("Yes", new() { Exact = true }).First.CheckAsync();
        await form.GetByLabel("Notes", new() { Exact = false }).FillAsync("Talked about the walking group on Thursdays.");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save contact" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await Journey.CheckAsync(page, "contact-recorded");
        Assert.Contains("First contact", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("LW-[2-9A-HJKMNP-Z]{8}")]
    private static partial Regex ReferencePattern();
}
