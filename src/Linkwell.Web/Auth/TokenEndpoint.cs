using System.Security.Claims;
using System.Text;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Auth;

/// <summary>
/// OAuth 2.0 client credentials (RFC 6749 §4.4): an API client swaps its id and secret for a short-lived
/// bearer token. Errors follow §5.2 so standard OAuth libraries understand them.
/// </summary>
public static class TokenEndpoint
{
    public const string BearerScheme = "Bearer";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost("/connect/token", IssueAsync).DisableAntiforgery().AllowAnonymous().ExcludeFromDescription()
            .RequireRateLimiting(RateLimits.SignIn);

    private static async Task<IResult> IssueAsync(
        HttpContext http, AppDbContext db, IOptionsMonitor<BearerTokenOptions> bearer, AuditLog audit, TimeProvider clock)
    {
        if (!http.Request.HasFormContentType)
        {
            return OAuthError("invalid_request", "Send the request as application/x-www-form-urlencoded.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["grant_type"] != "client_credentials")
        {
            return OAuthError("unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var (clientId, secret) = ReadCredentials(http.Request, form);
        if (string.IsNullOrEmpty(clientId) || string.IsNullOrEmpty(secret))
        {
            return OAuthError("invalid_request", "Give client_id and client_secret, in the form or as HTTP Basic credentials.");
        }

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, http.RequestAborted);
        if (client is null || !client.IsActive || !client.SecretMatches(secret))
        {
            await audit.AppendAsync($"client:{clientId}", clientId, client?.SchemeId, new AuditEvent(AuditAction.SignIn, "ApiClient", clientId, AuditOutcome.Denied));
            return Results.Json(new { error = "invalid_client", error_description = "Unknown client or wrong secret." }, statusCode: 401);
        }

        var requested = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var granted = requested.Length == 0 ? client.Scopes : client.Scopes.Intersect(requested).ToList();
        if (requested.Except(client.Scopes).Any())
        {
            return OAuthError("invalid_scope", "The client does not hold every scope requested.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, $"client:{client.ClientId}"),
                new Claim(LinkwellClaims.ClientId, client.ClientId),
                new Claim(LinkwellClaims.DisplayName, client.Name),
                new Claim(LinkwellClaims.Scheme, client.SchemeId.ToString()),
                .. granted.Select(s => new Claim(LinkwellClaims.Scope, s)),
            ],
            BearerScheme);
        var expires = clock.GetUtcNow() + Lifetime;
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = expires }, BearerScheme);
        var token = bearer.Get(BearerScheme).BearerTokenProtector.Protect(ticket);
        await audit.AppendAsync($"client:{client.ClientId}", client.Name, client.SchemeId, new AuditEvent(AuditAction.SignIn, "ApiClient", client.ClientId, AuditOutcome.Success));

        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            access_token = token,
            token_type = "Bearer",
            expires_in = (int)Lifetime.TotalSeconds,
            scope = string.Join(' ', granted),
        });
    }

    private static (string? Id, string? Secret) ReadCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim())).Split(':', 2);
                return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : (null, null);
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"], form["client_secret"]);
    }

    private static IResult OAuthError(string error, string description) =>
        Results.Json(new { error, error_description = description }, statusCode: 400);
}
