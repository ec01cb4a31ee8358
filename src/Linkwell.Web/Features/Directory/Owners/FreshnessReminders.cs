using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Owners;

/// <summary>
/// E-mails owners whose listings are stale (not confirmed for <c>Directory:FlagAfterMonths</c>), one e-mail
/// per owner naming their stale listings, and each listing at most once a month. A listing is claimed
/// (its reminder time set) in the same transaction as the e-mails, so two servers never both remind.
/// </summary>
public sealed partial class FreshnessReminders(IServiceScopeFactory scopes, AuditLog audit, ILogger<FreshnessReminders> logger)
{
    /// <summary>Sends the reminders due at <paramref name="clock"/>'s now; returns how many e-mails were queued.</summary>
    public async Task<int> RunAsync(TimeProvider clock, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var freshness = scope.ServiceProvider.GetRequiredService<ListingFreshness>();
        var mail = scope.ServiceProvider.GetRequiredService<OwnerMail>();
        var now = clock.GetUtcNow().UtcDateTime;
        var today = UkTime.Today(clock);
        var remindedBefore = now.AddMonths(-1);

        var owners = await db.Users.AsNoTracking().Where(u => u.DirectoryOrganizationId != null && u.Email != null)
            .Select(u => new { OrganizationId = u.DirectoryOrganizationId!, Email = u.Email! }).ToListAsync(ct);
        var organizations = owners.Select(o => o.OrganizationId).Distinct().ToList();
        var candidates = await db.Set<DirectoryServiceRecord>().AsNoTracking()
            .Where(r => !r.Removed && r.OrganizationId != null && organizations.Contains(r.OrganizationId)
                && (r.RemindedUtc == null || r.RemindedUtc <= remindedBefore))
            .Select(r => new { r.Id, r.OrganizationId, r.Json }).ToListAsync(ct);
        var due = candidates
            .Select(c => (c.Id, OrganizationId: c.OrganizationId!, Service: OrukJson.Deserialize<OrukService>(c.Json)))
            .Select(c => (c.Id, c.OrganizationId, Listing: new StaleListing(c.Service.Name, freshness.Of(c.Service, today)), c.Service.Status))
            .Where(c => c.Listing.Freshness.Stale && c.Status != OrukCodes.Defunct)
            .ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = new List<(string OrganizationId, StaleListing Listing)>();
        foreach (var (id, organizationId, listing, _) in due)
        {
            var updated = await db.Set<DirectoryServiceRecord>()
                .Where(r => r.Id == id && (r.RemindedUtc == null || r.RemindedUtc <= remindedBefore))
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.RemindedUtc, now), ct);
            if (updated == 1)
            {
                claimed.Add((organizationId, listing));
            }
        }

        var sent = 0;
        foreach (var owner in owners)
        {
            var theirs = claimed.Where(c => c.OrganizationId == owner.OrganizationId).Select(c => c.Listing).OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
            if (theirs.Count > 0)
            {
                mail.Remind(owner.Email, theirs);
                sent++;
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await audit.AppendAsync("system", "Freshness reminders", null,
            new AuditEvent(AuditAction.Update, ListingChanges.RecordType, null, AuditOutcome.Success, $"{sent} owners reminded about {claimed.Count} stale listings"), ct);
        Reminded(logger, sent, claimed.Count);
        return sent;
    }

    [LoggerMessage(EventId = 70, Level = LogLevel.Information, Message = "Freshness reminders: {Emails} e-mails about {Listings} stale listings")]
    private static partial void Reminded(ILogger logger, int emails, int listings);
}

/// <summary>Runs <see cref="FreshnessReminders"/> every day at 07:00 UK time, so the e-mails arrive in the morning.</summary>
public sealed partial class FreshnessSchedule(FreshnessReminders reminders, TimeProvider clock, ILogger<FreshnessSchedule> logger) : BackgroundService
{
    private static readonly TimeOnly At = new(7, 0);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(clock), clock, stoppingToken);
            try
            {
                await reminders.RunAsync(clock, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Failed(logger, ex);
            }
        }
    }

    /// <summary>How long until the next 07:00 in the UK.</summary>
    public static TimeSpan UntilNext(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var day = UkTime.Today(clock);
        for (var i = 0; i < 3; i++)
        {
            if (UkTime.TryToUtc(day.AddDays(i), At, out var next) && next > now)
            {
                return next - now;
            }
        }

        return TimeSpan.FromDays(1);
    }

    [LoggerMessage(EventId = 71, Level = LogLevel.Error, Message = "Freshness reminders failed; trying again tomorrow")]
    private static partial void Failed(ILogger logger, Exception ex);
}
