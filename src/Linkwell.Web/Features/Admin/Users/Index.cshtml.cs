using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.Users;

public sealed record UserRow(LinkwellUser User, IReadOnlyList<string> Roles, string? SchemeName, bool Locked, bool HasPassword, string? DirectoryOrganizationName = null);

/// <summary>Everyone who can sign in, with their roles and scheme; an admin can lock and unlock accounts.</summary>
public sealed class IndexModel(AppDbContext db, UserManager<LinkwellUser> users, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<UserRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var all = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ToListAsync();
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            select new { userRole.UserId, role.Name }).ToListAsync())
            .ToLookup(r => r.UserId, r => r.Name!);
        var schemes = await db.Schemes.ToDictionaryAsync(s => s.Id, s => s.Name);
        var owned = all.Select(u => u.DirectoryOrganizationId).OfType<string>().Distinct().ToList();
        var organizations = await db.Set<DirectoryOrganizationRecord>().Where(o => owned.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name);
        var now = clock.GetUtcNow();
        Rows = all.Select(u => new UserRow(u, roles[u.Id].ToList(), u.SchemeId is { } id ? schemes.GetValueOrDefault(id) : null,
            u.LockoutEnd > now, u.PasswordHash is not null,
            u.DirectoryOrganizationId is { } org ? organizations.GetValueOrDefault(org) : null)).ToList();
    }

    public async Task<IActionResult> OnPostLockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == User.UserId())
        {
            TempData["Notice"] = "You cannot lock your own account.";
            return RedirectToPage();
        }

        // Locked "for ever" until unlocked; the new security stamp ends their signed-in sessions.
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync("User", user.Id, "account locked", HttpContext.RequestAborted);
        TempData["Notice"] = $"{user.DisplayName}'s account is locked. They cannot sign in until you unlock it.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync("User", user.Id, "account unlocked", HttpContext.RequestAborted);
        TempData["Notice"] = $"{user.DisplayName}'s account is unlocked.";
        return RedirectToPage();
    }
}
