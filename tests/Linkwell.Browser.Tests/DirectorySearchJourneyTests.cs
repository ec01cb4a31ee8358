using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Linkwell.Browser.Tests;

/// <summary>
/// A link worker finds a service for a person on the demo directory: from the person's page, a walking group
/// within two miles of their postcode on Tuesday mornings. Every page is checked with axe-core, map included.
/// </summary>
public sealed class DirectorySearchJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_link_worker_finds_the_tuesday_morning_walking_group_within_two_miles_of_a_persons_postcode()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The NHS.UK fonts come from assets.nhs.uk, which the Content-Security-Policy does not allow (system fonts stand in).
            if (message.Type == "error" && !message.Text.Contains("assets.nhs.uk/fonts", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        await Journey.SignInAsync(page, "linkworker@demo.linkwell.test");

        await page.GotoAsync("/Caseload");
        await page.Locator("main table a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/People/"));
        var person = (await page.Locator("h1").InnerTextAsync()).Trim();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Find services") }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Directory\\?PersonId="));
        await Journey.CheckAsync(page, "directory-for-person");
        Assert.Matches("^LS[0-9]+ [0-9][A-Z]{2}$", await page.GetByLabel("Postcode", new() { Exact = true }).InputValueAsync());
        Assert.Contains(person, await page.Locator(".nhsuk-lede-text").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("What are you looking for?").FillAsync("walking group");
        await page.GetByLabel("Distance", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Within 2 miles" });
        await page.GetByLabel("Tuesday").CheckAsync();
        await page.GetByLabel("Morning (9am to 12 noon)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("Text=walking"));
        await page.Locator("#directory-map .leaflet-interactive").First.WaitForAsync();
        await Journey.CheckAsync(page, "directory-results");

        var results = page.Locator(".lw-result");
        Assert.Equal(1, await results.CountAsync());
        var result = await results.First.InnerTextAsync();
        Assert.Contains("Woodhouse Health Walk", result, StringComparison.Ordinal);
        Assert.Matches("Distance\\s+[0-2]\\.[0-9] miles", result);
        Assert.Matches("Next session\\s+(Today|Tomorrow|Tuesday)", result);
        Assert.Contains("Free", result, StringComparison.Ordinal);
        Assert.Contains("Taking referrals", result, StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#directory-map .leaflet-interactive").CountAsync());

        await results.First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/Directory/Services/"));
        await Journey.CheckAsync(page, "directory-service");
        Assert.Equal("Woodhouse Health Walk", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("Every Tuesday, 10:00 to 11:30", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
