using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Linkwell.Domain.Tests.Directory;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>Owners keep their organization's listings fresh from /Directory/Mine, one click at a time.</summary>
public sealed class ListingOwnerTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    [Fact]
    public async Task An_owner_sets_capacity_in_one_click_and_the_oruk_api_and_the_index_show_it()
    {
        var organization = await app.NewOrganizationAsync();
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);

        var page = await owner.GetAsync("/Directory/Mine");
        using var response = await owner.SubmitAsync(page, Capacity(organization.Service, "waitlist"), []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var listing = app.Services.GetRequiredService<DirectoryIndex>().Current.Find(organization.Service);
        Assert.Equal("waitlist", listing?.Capacity);
        var json = await app.OrukServiceAsync(organization.Service);
        var capacity = json.GetProperty("attributes").EnumerateArray()
            .Single(a => a.GetProperty("taxonomy_term").GetProperty("taxonomy_id").GetString() == LinkwellTaxonomy.CapacityId);
        Assert.Equal(LinkwellTaxonomy.CapacityTermId("waitlist"), capacity.GetProperty("taxonomy_term_id").GetString());
        Assert.Equal("waitlist", capacity.GetProperty("taxonomy_term").GetProperty("term").GetString());
        Assert.Empty(OrukSchemas.Validate("service", json.GetRawText()));
        var after = await owner.GetAsync("/Directory/Mine");
        Assert.Contains("Waiting list", after.QuerySelector($"#service-{organization.Service} .nhsuk-tag")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirming_the_details_sets_the_assured_date_to_today_and_clears_the_stale_warning()
    {
        var organization = await app.NewOrganizationAsync(OwnersApp.Today.AddMonths(-7));
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);
        var page = await owner.GetAsync("/Directory/Mine");
        Assert.Contains("Not confirmed for 6 months", Card(page, organization.Service), StringComparison.Ordinal);

        using var response = await owner.SubmitAsync(page, $"form[data-service='{organization.Service}'][data-action='confirm']", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var json = await app.OrukServiceAsync(organization.Service);
        Assert.Equal(OwnersApp.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("assured_date").GetString());
        Assert.Equal(organization.OwnerEmail, json.GetProperty("assurer_email").GetString());
        var after = Card(await owner.GetAsync("/Directory/Mine"), organization.Service);
        Assert.DoesNotContain("Not confirmed", after, StringComparison.Ordinal);
        Assert.Contains(UkTime.FormatDate(OwnersApp.Today), after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listing_not_confirmed_for_a_year_says_since_when_it_is_hidden_from_search()
    {
        var confirmed = OwnersApp.Today.AddMonths(-13);
        var organization = await app.NewOrganizationAsync(confirmed, OwnersApp.Today.AddMonths(-2));
        using var owner = await PageSession.SignInAsync(app, organization.OwnerEmail);

        var page = await owner.GetAsync("/Directory/Mine");

        Assert.Contains($"Hidden from search since {UkTime.FormatDate(confirmed.AddMonths(12).AddDays(1))}", Card(page, organization.Services[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden from search", Card(page, organization.Services[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organizations_service_is_not_found_and_stays_as_it_was()
    {
        var mine = await app.NewOrganizationAsync();
        var theirs = await app.NewOrganizationAsync();
        using var owner = await PageSession.SignInAsync(app, mine.OwnerEmail);

        using var edit = await owner.GetResponseAsync($"/Directory/Mine/{theirs.Service}/Edit");
        var page = await owner.GetAsync("/Directory/Mine");
        using var capacity = await owner.SubmitAsync(page, Capacity(mine.Service, "no-capacity"), [], $"?handler=Capacity&id={theirs.Service}");
        using var confirm = await owner.SubmitAsync(page, Capacity(mine.Service, "no-capacity"), [], $"?handler=Confirm&id={theirs.Service}");

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, capacity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Null(app.Services.GetRequiredService<DirectoryIndex>().Current.Find(theirs.Service)!.Capacity);
        Assert.Equal(OwnersApp.Today, app.Services.GetRequiredService<DirectoryIndex>().Current.Find(theirs.Service)!.AssuredDate);
        Assert.DoesNotContain(theirs.Service, page.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_service_providers_reach_the_owner_pages()
    {
        var linkWorker = await app.NewUserAsync(Roles.LinkWorker);
        using var session = await PageSession.SignInAsync(app, linkWorker);

        using var response = await session.GetResponseAsync("/Directory/Mine");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Capacity(string serviceId, string code) => $"form[data-service='{serviceId}'][data-action='capacity-{code}']";

    private static string Card(IHtmlDocument page, string serviceId) =>
        page.GetElementById($"service-{serviceId}")?.TextContent ?? throw new InvalidOperationException($"No card for {serviceId}.");
}
