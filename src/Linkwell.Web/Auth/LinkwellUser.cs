using Microsoft.AspNetCore.Identity;

namespace Linkwell.Web.Auth;

/// <summary>A person who signs in to Linkwell: staff of a scheme, a referrer, an admin.</summary>
public sealed class LinkwellUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The scheme whose records this user works with; null for admins and commissioners.</summary>
    public Guid? SchemeId { get; set; }

    public string? JobTitle { get; set; }

    public string? Organisation { get; set; }

    /// <summary>The ORUK organization whose listings this user keeps (an owner); null for everyone else.</summary>
    public string? DirectoryOrganizationId { get; set; }
}
