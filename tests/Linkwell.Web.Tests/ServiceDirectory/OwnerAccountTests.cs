using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Linkwell.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>An administrator makes a service provider the owner of a directory organization, and can change it.</summary>
public sealed class OwnerAccountTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    [Fact]
    public async Task An_admin_links_a_new_service_provider_to_an_organization_and_can_change_it()
    {
        var first = await app.NewOrganizationAsync();
        var second = await app.NewOrganizationAsync();
        var scheme = await app.NewSchemeAsync();
        using var admin = await PageSession.SignInAsync(app, await app.NewUserAsync(Roles.Admin));
        var email = $"new.owner.{Guid.NewGuid():N}@example.org";

        var form = await admin.GetAsync("/Admin/Users/New");
        Assert.NotNull(form.QuerySelector($"select[name='Input.DirectoryOrganizationId'] option[value='{first.Id}']"));
        using var created = await admin.SubmitAsync(form, "main form", new()
        {
            ["Input.DisplayName"] = "Nia Owner",
            ["Input.Email"] = email,
            ["Input.Roles"] = Roles.ServiceProvider,
            ["Input.SchemeId"] = scheme.Id.ToString(),
            ["Input.DirectoryOrganizationId"] = first.Id,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal(first.Id, user.DirectoryOrganizationId);

        var edit = await admin.GetAsync($"/Admin/Users/Edit/{user.Id}");
        using var changed = await admin.SubmitAsync(edit, "main form", new() { ["Input.DirectoryOrganizationId"] = second.Id });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(second.Id, (await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email))).DirectoryOrganizationId);
    }

    [Fact]
    public async Task Only_a_service_provider_can_be_linked_to_an_organization()
    {
        var organization = await app.NewOrganizationAsync();
        using var admin = await PageSession.SignInAsync(app, await app.NewUserAsync(Roles.Admin));
        var form = await admin.GetAsync("/Admin/Users/New");

        using var response = await admin.SubmitAsync(form, "main form", new()
        {
            ["Input.DisplayName"] = "Ola Manager",
            ["Input.Email"] = $"manager.{Guid.NewGuid():N}@example.org",
            ["Input.Roles"] = Roles.DirectoryManager,
            ["Input.DirectoryOrganizationId"] = organization.Id,
        });
        var page = await PageSession.ParseAsync(response, "/Admin/Users/New");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Only service providers keep an organization's listings. Select the service provider role, or no organization."], PageSession.ErrorSummary(page));
        Assert.Equal("Ola Manager", page.QuerySelector<IHtmlInputElement>("input[name='Input.DisplayName']")!.Value);
    }
}
