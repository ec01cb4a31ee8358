using Microsoft.AspNetCore.Authorization;

namespace Linkwell.Web.Auth;

/// <summary>
/// Named authorisation policies, applied to page folders and route groups. Handlers never test roles:
/// record-level rules (scheme boundary, the referrer's own referrals) live in the queries.
/// </summary>
public static class Policies
{
    public const string CanRefer = nameof(CanRefer);
    public const string CanTriage = nameof(CanTriage);
    public const string CanManageCaseload = nameof(CanManageCaseload);
    public const string CanSearchDirectory = nameof(CanSearchDirectory);
    public const string CanViewAudit = nameof(CanViewAudit);
    public const string CanAdminister = nameof(CanAdminister);
    public const string CanManageDirectory = nameof(CanManageDirectory);
    public const string CanOwnListings = nameof(CanOwnListings);
    public const string CanReportListings = nameof(CanReportListings);
    public const string ApiReferralsWrite = nameof(ApiReferralsWrite);
    public const string ApiReferralsRead = nameof(ApiReferralsRead);

    public static void AddLinkwellPolicies(this AuthorizationBuilder auth)
    {
        auth.AddPolicy(CanRefer, p => p.RequireRole(Roles.Referrer, Roles.LinkWorker, Roles.SchemeManager).RequireClaim(LinkwellClaims.Scheme));
        auth.AddPolicy(CanTriage, p => p.RequireRole(Roles.LinkWorker, Roles.SchemeManager).RequireClaim(LinkwellClaims.Scheme));
        auth.AddPolicy(CanManageCaseload, p => p.RequireRole(Roles.LinkWorker, Roles.SchemeManager).RequireClaim(LinkwellClaims.Scheme));
        auth.AddPolicy(CanSearchDirectory, p => p.RequireRole(Roles.Referrer, Roles.LinkWorker, Roles.SchemeManager).RequireClaim(LinkwellClaims.Scheme));
        auth.AddPolicy(CanViewAudit, p => p.RequireRole(Roles.SchemeManager).RequireClaim(LinkwellClaims.Scheme));
        auth.AddPolicy(CanAdminister, p => p.RequireRole(Roles.Admin));

        // An administrator can act as a directory manager.
        auth.AddPolicy(CanManageDirectory, p => p.RequireRole(Roles.DirectoryManager, Roles.Admin));
        auth.AddPolicy(CanOwnListings, p => p.RequireRole(Roles.ServiceProvider));
        auth.AddPolicy(CanReportListings, p => p.RequireRole(Roles.Referrer, Roles.LinkWorker, Roles.SchemeManager));
        auth.AddPolicy(ApiReferralsWrite, p => ApiClientPolicy(p, ApiScopes.ReferralsWrite));
        auth.AddPolicy(ApiReferralsRead, p => ApiClientPolicy(p, ApiScopes.ReferralsRead));
    }

    private static void ApiClientPolicy(AuthorizationPolicyBuilder policy, string scope) =>
        policy.AddAuthenticationSchemes(TokenEndpoint.BearerScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(LinkwellClaims.Scheme)
            .RequireClaim(LinkwellClaims.Scope, scope);
}
