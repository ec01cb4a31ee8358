using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Directory.Owners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>
/// Owners' edits to published or imported listings wait for a directory manager, who approves (the listing
/// changes) or rejects with a reason (the owner is told by e-mail); a request drawn from an older listing is refused.
/// </summary>
public sealed class ListingChangeTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    [Fact]
    public async Task An_edit_becomes_a_change_request_and_approving_it_changes_the_listing()
    {
        var organization = await app.NewOrganizationAsync();
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);

        using var sent = await EditAsync(owner, organization.Service, new()
        {
            ["Input.Name"] = "Hyde Park walkers",
            ["Input.Sessions[0].Day"] = "WE",
            ["Input.Sessions[0].Opens"] = "9:30",
            ["Input.Sessions[0].Closes"] = "11:00",
            ["Input.Cost"] = "charge",
            ["Input.Fees"] = "£2 a walk",
            ["Input.Postcode"] = "ls2 7ab",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith("Walking group", (await app.OrukServiceAsync(organization.Service)).GetProperty("name").GetString(), StringComparison.Ordinal);
        var request = Assert.Single(await app.ChangeRequestsAsync(organization.Service));
        Assert.Equal(ChangeRequestState.Pending, request.State);

        using var manager = await PageSession.SignInAsync(app, await app.NewUserAsync(Roles.DirectoryManager));
        var desk = await manager.GetAsync("/Directory/Changes");
        Assert.NotNull(desk.QuerySelector($"a[href='/Directory/Changes/{request.Id}']"));
        var review = await manager.GetAsync($"/Directory/Changes/{request.Id}");
        Assert.Contains("Hyde Park walkers", review.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
        using var approved = await manager.SubmitAsync(review, "form[action*='handler=Approve']", []);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var json = await app.OrukServiceAsync(organization.Service);
        Assert.Equal("Hyde Park walkers", json.GetProperty("name").GetString());
        Assert.Equal("A gentle walk and a cup of tea.", json.GetProperty("description").GetString());
        var schedule = Assert.Single(json.GetProperty("schedules").EnumerateArray());
        Assert.Equal(("WE", "09:30:00", "11:00:00"), (schedule.GetProperty("byday").GetString(), schedule.GetProperty("opens_at").GetString(), schedule.GetProperty("closes_at").GetString()));
        Assert.Equal("£2 a walk", json.GetProperty("cost_options")[0].GetProperty("amount_description").GetString());
        var location = json.GetProperty("service_at_locations")[0].GetProperty("location");
        Assert.Equal("LS2 7AB", location.GetProperty("addresses")[0].GetProperty("postal_code").GetString());
        Assert.Equal(53.806m, location.GetProperty("latitude").GetDecimal());
        Assert.True(DateTimeOffset.Parse(json.GetProperty("last_modified").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.Equal(ChangeRequestState.Approved, Assert.Single(await app.ChangeRequestsAsync(organization.Service)).State);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(organization.OwnerEmail), LinkwellApp.Patience);
        Assert.Contains("approved", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_a_change_emails_the_owner_the_reason_and_leaves_the_listing_as_it_was()
    {
        var organization = await app.NewOrganizationAsync();
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);
        using var sent = await EditAsync(owner, organization.Service, new() { ["Input.Description"] = "Walks for carers only." });
        var request = Assert.Single(await app.ChangeRequestsAsync(organization.Service));
        using var manager = await PageSession.SignInAsync(app, await app.NewUserAsync(Roles.Admin));
        var review = await manager.GetAsync($"/Directory/Changes/{request.Id}");

        using var withoutReason = await manager.SubmitAsync(review, "form[action*='handler=Reject']", []);
        var refused = await PageSession.ParseAsync(withoutReason, $"/Directory/Changes/{request.Id}");
        using var rejected = await manager.SubmitAsync(review, "form[action*='handler=Reject']", new() { ["Input.Reason"] = "The charity's website says carers and the people they care for." });

        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Equal(["Say why the change is rejected. The owner is sent this."], PageSession.ErrorSummary(refused));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(organization.OwnerEmail) && m.Subject.Contains("not approved", StringComparison.Ordinal), LinkwellApp.Patience);
        Assert.Contains("carers and the people they care for", mail.Body, StringComparison.Ordinal);
        Assert.Equal("A gentle walk and a cup of tea.", (await app.OrukServiceAsync(organization.Service)).GetProperty("description").GetString());
        Assert.Equal(ChangeRequestState.Rejected, Assert.Single(await app.ChangeRequestsAsync(organization.Service)).State);
    }

    [Fact]
    public async Task Approving_a_change_to_a_listing_that_changed_since_is_refused_with_a_clear_message()
    {
        var organization = await app.NewOrganizationAsync();
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);
        using var sent = await EditAsync(owner, organization.Service, new() { ["Input.Description"] = "Owner's words." });
        var request = Assert.Single(await app.ChangeRequestsAsync(organization.Service));

        // The feed (here, the writer as an import would) changes the description after the owner asked.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var stored = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().Where(r => r.Id == organization.Service).Select(r => r.Json).SingleAsync());
            var service = OrukJson.Deserialize<OrukService>(stored);
            service.Description = "The feed's words.";
            await scope.ServiceProvider.GetRequiredService<DirectoryWriter>().UpsertAsync(new DirectoryBatch([], [service], [], []), null, default);
        }

        using var manager = await PageSession.SignInAsync(app, await app.NewUserAsync(Roles.DirectoryManager));
        var review = await manager.GetAsync($"/Directory/Changes/{request.Id}");
        using var response = await manager.SubmitAsync(review, "form[action*='handler=Approve']", []);
        var page = await PageSession.ParseAsync(response, $"/Directory/Changes/{request.Id}");

        Assert.Contains("has changed since", review.QuerySelector(".nhsuk-warning-callout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = Assert.Single(PageSession.ErrorSummary(page));
        Assert.Contains("This listing has changed since", message, StringComparison.Ordinal);
        Assert.Contains("description", message, StringComparison.Ordinal);
        await app.Services.GetRequiredService<DirectoryIndex>().RefreshAsync(default);
        Assert.Equal("The feed's words.", (await app.OrukServiceAsync(organization.Service)).GetProperty("description").GetString());
        Assert.Equal(ChangeRequestState.Pending, Assert.Single(await app.ChangeRequestsAsync(organization.Service)).State);
    }

    [Fact]
    public async Task A_change_that_only_follows_a_capacity_change_or_a_confirmation_is_still_approved()
    {
        var organization = await app.NewOrganizationAsync(OwnersApp.Today.AddMonths(-1));
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);
        using var sent = await EditAsync(owner, organization.Service, new() { ["Input.Name"] = "Tuesday walkers" });
        var mine = await owner.GetAsync("/Directory/Mine");
        using var capacity = await owner.SubmitAsync(mine, $"form[data-service='{organization.Service}'][data-action='capacity-capacity']", []);
        using var confirmed = await owner.SubmitAsync(mine, $"form[data-service='{organization.Service}'][data-action='confirm']", []);
        var request = Assert.Single(await app.ChangeRequestsAsync(organization.Service));

        using var manager = await PageSession.SignInAsync(app, await app.NewUserAsync(Roles.DirectoryManager));
        using var approved = await manager.SubmitAsync(await manager.GetAsync($"/Directory/Changes/{request.Id}"), "form[action*='handler=Approve']", []);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var listing = app.Services.GetRequiredService<DirectoryIndex>().Current.Find(organization.Service)!;
        Assert.Equal(("Tuesday walkers", "capacity", OwnersApp.Today), (listing.Name, listing.Capacity, listing.AssuredDate));
    }

    [Fact]
    public async Task An_unpublished_listing_of_linkwells_own_changes_at_once()
    {
        var organization = await app.NewOrganizationAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var service = new OrukService { Id = Guid.NewGuid().ToString(), OrganizationId = organization.Id, Name = "Knit and natter", Status = OrukCodes.Inactive };
            await scope.ServiceProvider.GetRequiredService<DirectoryWriter>().UpsertAsync(new DirectoryBatch([], [service], [], []), null, default);
            await app.Services.GetRequiredService<DirectoryIndex>().RefreshAsync(default);
            using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);

            using var saved = await EditAsync(owner, service.Id, new() { ["Input.Description"] = "Bring your own wool.", ["Input.Cost"] = "free" });

            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Empty(await app.ChangeRequestsAsync(service.Id));
            var json = await app.OrukServiceAsync(service.Id);
            Assert.Equal("Bring your own wool.", json.GetProperty("description").GetString());
            Assert.Equal(0m, json.GetProperty("cost_options")[0].GetProperty("amount").GetDecimal());
        }
    }

    [Fact]
    public async Task Form_errors_are_listed_in_page_order_and_keep_what_was_typed()
    {
        var organization = await app.NewOrganizationAsync();
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);

        using var response = await EditAsync(owner, organization.Service, new()
        {
            ["Input.Name"] = "Walkers of Leeds",
            ["Input.Email"] = "walkers at example.org",
            ["Input.MinimumAge"] = "40",
            ["Input.MaximumAge"] = "20",
            ["Input.Cost"] = "charge",
            ["Input.Fees"] = "",
            ["Input.Sessions[0].Opens"] = "14:00",
            ["Input.Sessions[0].Closes"] = "13:00",
            ["Input.Postcode"] = "not a postcode",
        });
        var page = await PageSession.ParseAsync(response, $"/Directory/Mine/{organization.Service}/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
        [
            "Enter the email address in the right format, like info@example.org.",
            "The oldest age must be the same as or more than the youngest age.",
            "Say what it costs, for example £3 a session.",
            "Session 1 must end after it starts.",
            "Enter a real postcode, like LS1 4AP.",
        ], PageSession.ErrorSummary(page));
        Assert.Equal("Walkers of Leeds", Value(page, "Input.Name"));
        Assert.Equal("walkers at example.org", Value(page, "Input.Email"));
        Assert.Equal("14:00", Value(page, "Input.Sessions[0].Opens"));
        Assert.Equal("not a postcode", Value(page, "Input.Postcode"));
        Assert.Empty(await app.ChangeRequestsAsync(organization.Service));
    }

    private static async Task<HttpResponseMessage> EditAsync(PageSession owner, string serviceId, Dictionary<string, string> values)
    {
        var form = await owner.GetAsync($"/Directory/Mine/{serviceId}/Edit");
        return await owner.SubmitAsync(form, "main form", values);
    }

    private static string? Value(IHtmlDocument page, string name) =>
        page.QuerySelector<IHtmlInputElement>($"input[name='{name}']")?.Value;
}
