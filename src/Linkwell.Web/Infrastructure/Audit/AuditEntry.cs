namespace Linkwell.Web.Infrastructure.Audit;

public enum AuditAction
{
    Read,
    Create,
    Update,
    Search,
    Export,
    Import,
    SignIn,
    SignOut,
    Administer,
    Delete,
}

public enum AuditOutcome
{
    Success,
    NotFound,
    Denied,
    Invalid,
    Conflict,
    Failed,
}

/// <summary>
/// One line of the audit trail: who did what to which record, when, and how it ended. Each entry carries
/// the hash of the one before, so removing or editing an entry breaks the chain visibly.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>User id, or "client:{client id}" for an API client.</summary>
    public string ActorId { get; init; } = string.Empty;

    public string ActorName { get; init; } = string.Empty;

    public Guid? SchemeId { get; init; }

    public AuditAction Action { get; init; }

    /// <summary>What kind of record ("Referral", "Person", "User") or what was searched.</summary>
    public string RecordType { get; init; } = string.Empty;

    public string? RecordId { get; init; }

    public AuditOutcome Outcome { get; init; }

    /// <summary>What was done, in a few words ("accepted", "recorded contact"). Never personal data.</summary>
    public string? Detail { get; init; }

    public string PreviousHash { get; init; } = string.Empty;

    public string Hash { get; init; } = string.Empty;
}
