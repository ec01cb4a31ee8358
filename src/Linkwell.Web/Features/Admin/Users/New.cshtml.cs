using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Account;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Linkwell.Web.Features.Admin.Users;

/// <summary>
/// Makes an account without a password: the person is emailed a link to choose their own, so no
/// administrator ever knows it.
/// </summary>
public sealed class NewModel(AppDbContext db, AccountService accounts, UserManager<LinkwellUser> users, PasswordEmails emails, AuditLog audit) : UserFormPage(db)
{
    public Task OnGetAsync() => LoadChoicesAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var (schemeId, organizationId) = await ValidateAsync(withEmail: true);
        if (ModelState.IsValid && await CreateAsync(schemeId, organizationId) is { } user)
        {
            await emails.QueueWelcomeAsync(user);
            await Db.SaveChangesAsync(HttpContext.RequestAborted);
            await audit.RecordAsync("User", user.Id, $"account created with roles {string.Join(", ", Input.Roles)}", HttpContext.RequestAborted);
            TempData["Notice"] = $"Account made for {user.DisplayName}. We have emailed them a link to choose a password.";
            return RedirectToPage("Index");
        }

        await LoadChoicesAsync();
        return Page();
    }

    private async Task<LinkwellUser?> CreateAsync(Guid? schemeId, string? organizationId)
    {
        var email = Input.Email!.Trim();
        var result = await accounts.CreateAsync(
            new NewAccount(email, Input.DisplayName!.Trim(), schemeId, Input.Roles, Clean(Input.JobTitle), Clean(Input.Organisation), organizationId), password: null);
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
}
