using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Linkwell.Web.Auth;

/// <summary>
/// OpenID Connect sign-in (NHS CIS2, NHS login, Entra ID), switched on by configuration alone: set
/// <c>Authentication:OpenIdConnect:Authority</c>, <c>ClientId</c> and <c>ClientSecret</c>. A person signing in
/// this way must already have a Linkwell account with the same e-mail; the provider proves who they are,
/// Linkwell decides what they may do.
/// </summary>
public static class ExternalSignIn
{
    public const string Scheme = "oidc";

    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Authentication:OpenIdConnect:Authority"]);

    public static void AddIfConfigured(AuthenticationBuilder authentication, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            return;
        }

        var section = configuration.GetSection("Authentication:OpenIdConnect");
        authentication.AddOpenIdConnect(Scheme, section["DisplayName"] ?? "your organisation's account", o =>
        {
            o.Authority = section["Authority"];
            o.ClientId = section["ClientId"];
            o.ClientSecret = section["ClientSecret"];
            o.ResponseType = OpenIdConnectResponseType.Code;
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.Scope.Clear();
            foreach (var scope in (section["Scopes"] ?? "openid profile email").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                o.Scope.Add(scope);
            }
        });
    }
}
