using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin;

/// <summary>Option lists the admin pages share.</summary>
public static class AdminChoices
{
    public static async Task<List<SelectListItem>> SchemesAsync(AppDbContext db, string firstOption)
    {
        List<SelectListItem> items = [new(firstOption, string.Empty)];
        // Guids become strings here, not in SQL: SQLite would give them in upper case and no selection would match.
        var schemes = await db.Schemes.OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync();
        items.AddRange(schemes.Select(s => new SelectListItem(s.Name, s.Id.ToString())));
        return items;
    }

    /// <summary>The directory's organizations, by name, for linking an owner to one.</summary>
    public static async Task<List<SelectListItem>> OrganizationsAsync(AppDbContext db, string firstOption)
    {
        List<SelectListItem> items = [new(firstOption, string.Empty)];
        var organizations = await db.Set<DirectoryOrganizationRecord>().Where(o => !o.Removed).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync();
        items.AddRange(organizations.Select(o => new SelectListItem(o.Name, o.Id)));
        return items;
    }

    public static List<SelectListItem> Roles() =>
        Auth.Roles.All.Select(r => new SelectListItem(Auth.Roles.Describe(r), r)).ToList();

    public static List<SelectListItem> Scopes() =>
    [
        new("referrals:write – send referrals", ApiScopes.ReferralsWrite),
        new("referrals:read – follow the referrals it sent", ApiScopes.ReferralsRead),
    ];
}
