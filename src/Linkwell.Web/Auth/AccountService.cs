using Microsoft.AspNetCore.Identity;

namespace Linkwell.Web.Auth;

public sealed record NewAccount(
    string Email, string DisplayName, Guid? SchemeId, IReadOnlyList<string> Roles, string? JobTitle, string? Organisation, string? DirectoryOrganizationId = null);

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
            DirectoryOrganizationId = account.DirectoryOrganizationId,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        await EnsureRolesAsync(account.Roles);
        return await users.AddToRolesAsync(user, account.Roles);
    }

    /// <summary>Gives the user exactly these roles.</summary>
    public async Task<IdentityResult> SetRolesAsync(LinkwellUser user, IReadOnlyList<string> wanted)
    {
        var current = await users.GetRolesAsync(user);
        await EnsureRolesAsync(wanted);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(wanted));
        return removed.Succeeded ? await users.AddToRolesAsync(user, wanted.Except(current)) : removed;
    }

    private async Task EnsureRolesAsync(IEnumerable<string> names)
    {
        foreach (var role in names)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
