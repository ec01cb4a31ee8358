using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// Syncs each enabled feed when its NextSyncUtc comes, one feed at a time, checking every
/// <c>Directory:FeedPollInterval</c> or at once when woken ("Sync now"). A feed is claimed before it runs (its
/// next sync moved on in the same statement that checks it is still due), so two servers never sync one feed at
/// once. A feed that times out, fails or answers garbage has that recorded on it and its import; the scheduler and
/// the other feeds carry on.
/// </summary>
public sealed partial class FeedScheduler(IServiceScopeFactory scopes, DirectoryJobs jobs, AuditLog audit, TimeProvider clock, IConfiguration configuration, ILogger<FeedScheduler> logger)
    : BackgroundService
{
    private readonly TimeSpan _poll = configuration.GetValue("Directory:FeedPollInterval", TimeSpan.FromMinutes(1));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                SchedulerFailed(logger, ex);
            }

            await jobs.FeedsDue.WaitAsync(_poll, stoppingToken);
        }
    }

    /// <summary>Syncs every feed that is due, oldest due first; returns how many were synced.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var synced = 0;
        while (await ClaimNextAsync(ct) is { } feed)
        {
            await SyncAsync(feed, ct);
            synced++;
        }

        return synced;
    }

    private async Task<DirectoryFeed?> ClaimNextAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<DirectoryFeed>().AsNoTracking()
            .Where(f => f.Enabled && (f.NextSyncUtc == null || f.NextSyncUtc <= now))
            .OrderBy(f => f.NextSyncUtc).ThenBy(f => f.Name)
            .ToListAsync(ct);
        foreach (var feed in due)
        {
            var next = now + feed.SyncEvery;
            var claimed = await db.Set<DirectoryFeed>()
                .Where(f => f.Id == feed.Id && f.Enabled && f.NextSyncUtc == feed.NextSyncUtc)
                .ExecuteUpdateAsync(set => set.SetProperty(f => f.NextSyncUtc, next), ct);
            if (claimed == 1)
            {
                return feed;
            }
        }

        return null;
    }

    private async Task SyncAsync(DirectoryFeed feed, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        DirectoryImport report;
        try
        {
            report = await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feed.Id, DirectoryActor.Schedule.Name, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Not the feed's fault (the database, a bug): still recorded on the feed, and the next feed runs.
            FeedFailed(logger, ex, feed.Id);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ChangeTracker.Clear();
            var message = $"The sync could not finish: {ex.Message}";
            await db.Set<DirectoryFeed>().Where(f => f.Id == feed.Id).ExecuteUpdateAsync(
                set => set.SetProperty(f => f.LastSyncUtc, clock.GetUtcNow().UtcDateTime).SetProperty(f => f.LastError, message.Length > 2000 ? message[..2000] : message),
                CancellationToken.None);
            return;
        }

        await audit.RecordImportAsync(DirectoryActor.Schedule, report, CancellationToken.None);
        jobs.Finished(report);
    }

    [LoggerMessage(EventId = 22, Level = LogLevel.Error, Message = "The feed scheduler could not look for due feeds; trying again later")]
    private static partial void SchedulerFailed(ILogger logger, Exception ex);

    [LoggerMessage(EventId = 23, Level = LogLevel.Error, Message = "Feed {FeedId} could not be synced")]
    private static partial void FeedFailed(ILogger logger, Exception ex, Guid feedId);
}
