using System.Security.Claims;
using Linkwell.Web.Auth;

namespace Linkwell.Web.Features;

public sealed record NavItem(string Text, string Href);

/// <summary>The header menu: what this user's roles let them do, nothing more.</summary>
public static class Navigation
{
    public static IEnumerable<NavItem> For(ClaimsPrincipal user)
    {
        yield return new NavItem("Home", "/");
        if (user.IsInRole(Roles.Referrer) || user.IsInRole(Roles.LinkWorker) || user.IsInRole(Roles.SchemeManager))
        {
            yield return new NavItem("Refer someone", "/Referrals/New");
            yield return new NavItem("My referrals", "/Referrals");
            yield return new NavItem("Find services", "/Directory");
        }

        if (user.IsInRole(Roles.LinkWorker) || user.IsInRole(Roles.SchemeManager))
        {
            yield return new NavItem("Referral queue", "/Triage");
            yield return new NavItem("Caseload", "/Caseload");
        }

        if (user.IsInRole(Roles.SchemeManager))
        {
            yield return new NavItem("Audit", "/Audit");
        }

        if (user.IsInRole(Roles.ServiceProvider))
        {
            yield return new NavItem("Your listings", "/Directory/Mine");
        }

        if (user.IsInRole(Roles.DirectoryManager) || user.IsInRole(Roles.Admin))
        {
            yield return new NavItem("Directory", "/Directory/Manage");
            yield return new NavItem("Directory changes", "/Directory/Changes");
        }

        if (user.IsInRole(Roles.Admin))
        {
            yield return new NavItem("Admin", "/Admin");
        }
    }
}
