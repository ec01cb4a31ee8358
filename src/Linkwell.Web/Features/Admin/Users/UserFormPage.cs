using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Account;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.Users;

public sealed class UserInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? SchemeId { get; set; }

    /// <summary>For a service provider: the directory organization whose listings they keep.</summary>
    public string? DirectoryOrganizationId { get; set; }

    public string? JobTitle { get; set; }

    public string? Organisation { get; set; }
}

/// <summary>What the add and edit user forms share: their choices and their rules.</summary>
public abstract class UserFormPage(AppDbContext db) : FormPage
{
    /// <summary>Roles whose pages work on one scheme's records, so the account needs a scheme.</summary>
    private static readonly string[] SchemeRoles = [Roles.Referrer, Roles.LinkWorker, Roles.SchemeManager, Roles.ServiceProvider];

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public List<SelectListItem> Schemes { get; private set; } = [];

    public List<SelectListItem> Organizations { get; private set; } = [];

    protected AppDbContext Db => db;

    protected async Task LoadChoicesAsync()
    {
        Schemes = await AdminChoices.SchemesAsync(db, "No scheme (administrators and commissioners)");
        Organizations = await AdminChoices.OrganizationsAsync(db, "None (not a service provider)");
    }

    /// <summary>Checks the form; returns the scheme and directory organization it names, when they exist.</summary>
    protected async Task<(Guid? SchemeId, string? OrganizationId)> ValidateAsync(bool withEmail)
    {
        if (string.IsNullOrWhiteSpace(Input.DisplayName))
        {
            ModelState.AddModelError("Input.DisplayName", "Enter the person's full name.");
        }

        if (withEmail && !AccountPages.IsEmail(Input.Email))
        {
            ModelState.AddModelError("Input.Email", string.IsNullOrWhiteSpace(Input.Email)
                ? "Enter the person's email address."
                : "Enter the email address in the right format, like name@example.nhs.uk.");
        }

        Input.Roles = Input.Roles.Where(Roles.All.Contains).Distinct().ToList();
        if (Input.Roles.Count == 0)
        {
            ModelState.AddModelError("Input.Roles", "Select at least one role.");
        }

        Guid? schemeId = Guid.TryParse(Input.SchemeId, out var id) && await db.Schemes.AnyAsync(s => s.Id == id) ? id : null;
        if (schemeId is null && Input.Roles.Intersect(SchemeRoles).Any())
        {
            ModelState.AddModelError("Input.SchemeId", "Select the person's scheme. Referrers, link workers, scheme managers and service providers work in one scheme.");
        }

        var organizationId = Clean(Input.DirectoryOrganizationId);
        if (organizationId is not null)
        {
            if (!Input.Roles.Contains(Roles.ServiceProvider))
            {
                ModelState.AddModelError("Input.DirectoryOrganizationId", "Only service providers keep an organization's listings. Select the service provider role, or no organization.");
            }
            else if (!await db.Set<DirectoryOrganizationRecord>().AnyAsync(o => o.Id == organizationId && !o.Removed))
            {
                ModelState.AddModelError("Input.DirectoryOrganizationId", "Select an organization from the list.");
            }
        }

        return (schemeId, organizationId);
    }

    protected static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
