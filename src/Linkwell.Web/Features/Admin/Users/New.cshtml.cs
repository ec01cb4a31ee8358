using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Account;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.Users;

public sealed class NewUserInput
{
    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? SchemeId { get; set; }

    public string? JobTitle { get; set; }

    public string? Organisation { get; set; }
}

/// <summary>
/// Makes an account without a password: the person is emailed a link to choose their own, so no
/// administrator ever knows it.
/// </summary>
public sealed class NewModel(AppDbContext db, AccountService accounts, UserManager<LinkwellUser> users, PasswordEmails emails, AuditLog audit) : FormPage
{
    /// <summary>Roles whose pages work on one scheme's records, so the account needs a scheme.</summary>
    private static readonly string[] SchemeRoles = [Roles.Referrer, Roles.LinkWorker, Roles.SchemeManager, Roles.ServiceProvider];

    [BindProperty]
    public NewUserInput Input { get; set; } = new();

    public List<SelectListItem> Schemes { get; private set; } = [];

    public async Task OnGetAsync() => Schemes = await AdminChoices.SchemesAsync(db, "No scheme (administrators and commissioners)");

    public async Task<IActionResult> OnPostAsync()
    {
        var schemeId = await ValidateAsync();
        if (ModelState.IsValid && await CreateAsync(schemeId) is { } user)
        {
            await emails.QueueWelcomeAsync(user);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await audit.RecordAsync("User", user.Id, $"account created with roles {string.Join(", ", Input.Roles)}", HttpContext.RequestAborted);
            TempData["Notice"] = $"Account made for {user.DisplayName}. We have emailed them a link to choose a password.";
            return RedirectToPage("Index");
        }

        await OnGetAsync();
        return Page();
    }

    private async Task<LinkwellUser?> CreateAsync(Guid? schemeId)
    {
        var email = Input.Email!.Trim();
        var result = await accounts.CreateAsync(
            new NewAccount(email, Input.DisplayName!.Trim(), schemeId, Input.Roles, Clean(Input.JobTitle), Clean(Input.Organisation)), password: null);
        if (result.Succeeded)
        {
            return await users.FindByEmailAsync(email);
        }

        // The email is also the user name, so Identity reports most problems twice: once for each.
        var messages = result.Errors.Select(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)
            ? "There is already an account with this email address."
            : e.Description);
        foreach (var message in messages.Distinct())
        {
            ModelState.AddModelError("Input.Email", message);
        }

        return null;
    }

    private async Task<Guid?> ValidateAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.DisplayName))
        {
            ModelState.AddModelError("Input.DisplayName", "Enter the person's full name.");
        }

        if (!AccountPages.IsEmail(Input.Email))
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

        return schemeId;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
