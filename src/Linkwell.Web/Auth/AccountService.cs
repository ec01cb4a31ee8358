using Microsoft.AspNetCore.Identity;

namespace Linkwell.Web.Auth;

public sealed record NewAccount(string Email, string DisplayName, Guid? SchemeId, IReadOnlyList<string> Roles, string? JobTitle, string? Organisation);

/// <summary>Creates accounts with their roles: used by the admin pages, the CLI and the demo.</summary>
public sealed class AccountService(UserManager<LinkwellUser> users, RoleManager<IdentityRole> roles)
{
    public async Task<IdentityResult> CreateAsync(NewAccount account, string? password)
    {
        var user = new LinkwellUser
        {
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            SchemeId = account.SchemeId,
            JobTitle = account.JobTitle,
            Organisation = account.Organisation,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        foreach (var role in account.Roles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        return await users.AddToRolesAsync(user, account.Roles);
    }
}
