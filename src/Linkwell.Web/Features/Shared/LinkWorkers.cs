using Linkwell.Web.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Linkwell.Web.Features.Shared;

/// <summary>The link workers a referral can be allocated to: those of the signed-in user's scheme.</summary>
public static class LinkWorkers
{
    /// <summary>Identity's role query knows nothing of schemes, so the scheme boundary is applied here.</summary>
    public static async Task<List<LinkwellUser>> LinkWorkersOfAsync(this UserManager<LinkwellUser> users, Guid? schemeId) =>
        schemeId is null
            ? []
            : (await users.GetUsersInRoleAsync(Roles.LinkWorker)).Where(u => u.SchemeId == schemeId)
                .OrderBy(u => u.DisplayName, StringComparer.CurrentCultureIgnoreCase).ToList();

    public static List<SelectListItem> Options(IEnumerable<LinkwellUser> workers, string prompt) =>
        [new SelectListItem(prompt, string.Empty), .. workers.Select(w => new SelectListItem(w.DisplayName, w.Id))];
}
