using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Auth;

/// <summary>Adds the user's scheme and display name to the sign-in cookie.</summary>
public sealed class LinkwellClaimsFactory(UserManager<LinkwellUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<LinkwellUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(LinkwellUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LinkwellClaims.DisplayName, user.DisplayName));
        if (user.SchemeId is { } scheme)
        {
            identity.AddClaim(new Claim(LinkwellClaims.Scheme, scheme.ToString()));
        }

        return identity;
    }
}
