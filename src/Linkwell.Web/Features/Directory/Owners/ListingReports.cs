using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Owners;

/// <summary>
/// Reports that a listing has closed or is wrong: stored, e-mailed to the organization's owners (or, when it
/// has none, to the directory managers) in the same unit of work, and marked dealt with by either.
/// </summary>
public sealed class ListingReports(AppDbContext db, OwnerMail mail, AuditLog audit, TimeProvider clock)
{
    public const string RecordType = "DirectoryReport";

    public async Task<DirectoryReport> ReportAsync(DirectoryServiceRecord service, ReportKind kind, string? note, string reporterId, string reporterName, CancellationToken ct)
    {
        var report = new DirectoryReport
        {
            ServiceId = service.Id,
            ServiceName = service.Name,
            OrganizationId = service.OrganizationId,
            Kind = kind,
            Note = note,
            ReportedById = reporterId,
            ReportedByName = reporterName,
            ReportedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(report);
        var owners = await mail.OwnersOfAsync(service.OrganizationId, ct);
        mail.Reported(report, owners.Count > 0 ? owners : await mail.DirectoryManagersAsync(), toOwners: owners.Count > 0);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditAction.Create, RecordType, report.Id.ToString(), AuditOutcome.Success, $"{kind} reported on listing {service.Id}"), ct);
        return report;
    }

    /// <summary>Open reports, newest first; only one organization's when <paramref name="organizationId"/> is given.</summary>
    public Task<List<DirectoryReport>> OpenAsync(string? organizationId, int max, CancellationToken ct) =>
        db.Set<DirectoryReport>().AsNoTracking()
            .Where(r => r.DealtWithUtc == null && (organizationId == null || r.OrganizationId == organizationId))
            .OrderByDescending(r => r.ReportedUtc).Take(max).ToListAsync(ct);

    /// <summary>False when there is no such open report (within the organization, when one is given).</summary>
    public async Task<bool> DealtWithAsync(Guid id, string? organizationId, string byName, CancellationToken ct)
    {
        var report = await db.Set<DirectoryReport>()
            .SingleOrDefaultAsync(r => r.Id == id && r.DealtWithUtc == null && (organizationId == null || r.OrganizationId == organizationId), ct);
        if (report is not null)
        {
            report.DealtWithUtc = clock.GetUtcNow().UtcDateTime;
            report.DealtWithByName = byName;
            await db.SaveChangesAsync(ct);
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Update, RecordType, id.ToString(), report is null ? AuditOutcome.NotFound : AuditOutcome.Success, "marked dealt with"), ct);
        return report is not null;
    }
}
