using System.Security.Claims;

namespace Linkwell.Web.Auth;

/// <summary>Claims Linkwell adds to a signed-in user or API client, and how to read them.</summary>
public static class LinkwellClaims
{
    public const string Scheme = "linkwell:scheme";
    public const string DisplayName = "linkwell:name";
    public const string Scope = "scope";
    public const string ClientId = "client_id";

    public static Guid? SchemeId(this ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(Scheme), out var id) ? id : null;

    /// <summary>The user id, or "client:{id}" for an API client: what the audit records as the actor.</summary>
    public static string ActorId(this ClaimsPrincipal? user) =>
        user?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public static string? UserId(this ClaimsPrincipal? user) =>
        user?.FindFirstValue(ClientId) is null ? user?.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public static string Name(this ClaimsPrincipal? user) =>
        user?.FindFirstValue(DisplayName) ?? user?.Identity?.Name ?? "Unknown";

    public static bool HasScope(this ClaimsPrincipal user, string scope) =>
        user.FindAll(Scope).Any(c => c.Value == scope);
}
