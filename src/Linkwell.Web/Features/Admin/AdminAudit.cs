using Linkwell.Web.Infrastructure.Audit;

namespace Linkwell.Web.Features.Admin;

/// <summary>Every admin change is recorded the same way: what kind of record, which one, and what was done.</summary>
public static class AdminAudit
{
    public static Task RecordAsync(this AuditLog audit, string recordType, string recordId, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent(AuditAction.Administer, recordType, recordId, AuditOutcome.Success, detail), cancellationToken);
}
