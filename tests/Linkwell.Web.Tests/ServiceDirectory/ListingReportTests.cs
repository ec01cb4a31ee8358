using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>Link workers and referrers report a closed or wrong listing; the owners hear by e-mail and see it on their page.</summary>
public sealed class ListingReportTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    [Fact]
    public async Task A_link_workers_report_reaches_the_owners_by_email_and_is_listed_until_dealt_with()
    {
        var organization = await app.NewOrganizationAsync();
        var scheme = await app.NewSchemeAsync();
        using var linkWorker = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);

        var form = await linkWorker.GetAsync($"/Directory/Services/{organization.Service}/Report");
        using var sent = await linkWorker.SubmitAsync(form, "main form", new() { ["Input.Kind"] = "Closed", ["Input.Note"] = "The hall shut in October." });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/Directory/Services/{organization.Service}", sent.Headers.Location!.OriginalString);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(organization.OwnerEmail), LinkwellApp.Patience);
        Assert.Contains("has closed", mail.Body, StringComparison.Ordinal);
        Assert.Contains("The hall shut in October.", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Walking group", mail.Subject, StringComparison.Ordinal);

        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);
        var mine = await owner.GetAsync("/Directory/Mine");
        Assert.Contains("The hall shut in October.", mine.GetElementById("reports")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
        using var dealt = await owner.SubmitAsync(mine, "form[data-report]", []);
        Assert.Equal(HttpStatusCode.Redirect, dealt.StatusCode);
        Assert.Null((await owner.GetAsync("/Directory/Mine")).GetElementById("reports"));
    }

    [Fact]
    public async Task A_report_on_a_listing_nobody_owns_goes_to_the_directory_managers()
    {
        var organization = await app.NewOrganizationAsync();
        await app.WithDbAsync(async db => await db.Users.Where(u => u.Email == organization.OwnerEmail).ExecuteUpdateAsync(u => u.SetProperty(x => x.DirectoryOrganizationId, (string?)null)));
        var manager = await app.NewUserAsync(Roles.DirectoryManager);
        var referrer = await app.NewUserAsync(Roles.Referrer);
        using var session = await PageSession.SignInAsync(app, referrer);

        var form = await session.GetAsync($"/Directory/Services/{organization.Service}/Report");
        using var sent = await session.SubmitAsync(form, "main form", new() { ["Input.Kind"] = "DetailsWrong", ["Input.Note"] = "It meets on Wednesdays now." });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(manager), LinkwellApp.Patience);
        Assert.Contains("It meets on Wednesdays now.", mail.Body, StringComparison.Ordinal);
        Assert.Empty(await app.OutboxSubjectsToAsync(organization.OwnerEmail));
        using var desk = await PageSession.SignInAsync(app, manager);
        Assert.Contains("It meets on Wednesdays now.", (await desk.GetAsync("/Directory/Changes")).GetElementById("reports")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_that_details_are_wrong_needs_a_note_and_keeps_the_choice_made()
    {
        var organization = await app.NewOrganizationAsync();
        var scheme = await app.NewSchemeAsync();
        using var linkWorker = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var form = await linkWorker.GetAsync($"/Directory/Services/{organization.Service}/Report");

        using var response = await linkWorker.SubmitAsync(form, "main form", new() { ["Input.Kind"] = "DetailsWrong", ["Input.Note"] = " " });
        var page = await PageSession.ParseAsync(response, $"/Directory/Services/{organization.Service}/Report");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Say which details are wrong, and what they should be if you know."], PageSession.ErrorSummary(page));
        Assert.True(page.QuerySelector<IHtmlInputElement>("input[value='DetailsWrong']")!.IsChecked);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Linkwell.Web.Features.Directory.Owners.DirectoryReport>().CountAsync(r => r.ServiceId == organization.Service)));
    }

    [Fact]
    public async Task A_listing_that_does_not_exist_cannot_be_reported()
    {
        var scheme = await app.NewSchemeAsync();
        using var linkWorker = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);

        using var response = await linkWorker.GetResponseAsync($"/Directory/Services/{Guid.NewGuid()}/Report");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
