using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Linkwell.Web.Features.Admin.Users;

/// <summary>
/// Changes who someone is in Linkwell: name, roles, scheme, and for a service provider the directory
/// organization whose listings they keep. Their sign-in address stays; their sessions end so the change
/// takes effect at once.
/// </summary>
public sealed class EditModel(AppDbContext db, AccountService accounts, UserManager<LinkwellUser> users, AuditLog audit) : UserFormPage(db)
{
    public LinkwellUser Person { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Person = user;
        Input = new UserInput
        {
            DisplayName = user.DisplayName,
            Email = user.Email,
            Roles = [.. await users.GetRolesAsync(user)],
            SchemeId = user.SchemeId?.ToString(),
            JobTitle = user.JobTitle,
            Organisation = user.Organisation,
            DirectoryOrganizationId = user.DirectoryOrganizationId,
        };
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return NotFound();
        }

        Person = user;
        var (schemeId, organizationId) = await ValidateAsync(withEmail: false);
        if (user.Id == User.UserId() && (await users.GetRolesAsync(user)).Contains(Roles.Admin) && !Input.Roles.Contains(Roles.Admin))
        {
            ModelState.AddModelError("Input.Roles", "You cannot take away your own administrator role. Ask another administrator.");
        }

        if (!ModelState.IsValid)
        {
            await LoadChoicesAsync();
            return Page();
        }

        user.DisplayName = Input.DisplayName!.Trim();
        user.SchemeId = schemeId;
        user.JobTitle = Clean(Input.JobTitle);
        user.Organisation = Clean(Input.Organisation);
        user.DirectoryOrganizationId = organizationId;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            result = await accounts.SetRolesAsync(user, Input.Roles);
        }

        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        await audit.RecordAsync("User", user.Id, result.Succeeded
            ? $"account changed: roles {string.Join(", ", Input.Roles)}{(organizationId is null ? string.Empty : $"; keeps the listings of organization {organizationId}")}"
            : "account change failed", HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, string.Join(" ", result.Errors.Select(e => e.Description)));
            await LoadChoicesAsync();
            return Page();
        }

        TempData["Notice"] = $"{user.DisplayName}'s account is changed. They need to sign in again.";
        return RedirectToPage("Index");
    }
}
