using Linkwell.Web.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features;

public sealed record HomeCard(string Title, string Description, string Href);

/// <summary>The home page: one card per thing this user's roles let them do.</summary>
public sealed class IndexModel : PageModel
{
    public bool SignedIn { get; private set; }

    public List<HomeCard> Cards { get; } = [];

    public void OnGet()
    {
        SignedIn = User.Identity?.IsAuthenticated == true;
        if (User.IsInRole(Roles.LinkWorker) || User.IsInRole(Roles.SchemeManager))
        {
            Cards.Add(new("Referral queue", "New referrals waiting for triage, urgent and oldest first.", "/Triage"));
            Cards.Add(new("Caseload", "The people you support, and who needs a contact next.", "/Caseload"));
        }

        if (User.IsInRole(Roles.Referrer) || User.IsInRole(Roles.LinkWorker) || User.IsInRole(Roles.SchemeManager))
        {
            Cards.Add(new("Refer someone", "Refer a person to the scheme's link workers.", "/Referrals/New"));
            Cards.Add(new("My referrals", "What happened to the people you referred.", "/Referrals"));
            Cards.Add(new("Find services", "Community groups and services near a person: by need, distance, day and cost.", "/Directory"));
        }

        if (User.IsInRole(Roles.SchemeManager))
        {
            Cards.Add(new("Audit", "Who read or changed which record, and when.", "/Audit"));
        }

        if (User.IsInRole(Roles.DirectoryManager) || User.IsInRole(Roles.Admin))
        {
            Cards.Add(new("Service directory", "Feeds, imports, exports and likely duplicates in the community service directory.", "/Directory/Manage"));
        }

        if (User.IsInRole(Roles.Admin))
        {
            Cards.Add(new("Administration", "Users, schemes, GP practices and API clients.", "/Admin"));
        }

        if (User.IsInRole(Roles.ServiceProvider))
        {
            Cards.Add(new("Your listings", "Your organization's services in the directory: say whether you can take people, and keep the details right.", "/Directory/Mine"));
        }

        if (User.IsInRole(Roles.DirectoryManager) || User.IsInRole(Roles.Admin))
        {
            Cards.Add(new("Directory changes", "Owners' changes to approve, and link workers' reports about listings.", "/Directory/Changes"));
        }

        if (User.IsInRole(Roles.Commissioner))
        {
            Cards.Add(new("Coming soon", "Reports for commissioners arrive in a later release.", "/"));
        }
    }
}
