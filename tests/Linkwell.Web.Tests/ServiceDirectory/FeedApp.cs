using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>
/// Linkwell with feeds: a two-second feed timeout (so a silent feed fails quickly), a scheduler that only looks
/// when woken, and ways to add feeds, sign in as a directory manager and wait for background imports to finish.
/// </summary>
public sealed class FeedApp : LinkwellApp
{
    public const string ManagerEmail = "directory.manager@example.org";

    public static readonly TimeSpan FeedTimeout = TimeSpan.FromSeconds(2);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = WideScope(out _);
        var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(
            new NewAccount(ManagerEmail, "Dana Directory", null, [Roles.DirectoryManager], "Directory manager", "Leeds Voluntary Action"), TestScheme.Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Directory:FeedTimeout", FeedTimeout.ToString());
        builder.UseSetting("Directory:FeedPollInterval", "01:00:00");
    }

    /// <summary>A feed row; <paramref name="dueAt"/> null means not due (a test syncs it by hand).</summary>
    public async Task<DirectoryFeed> AddFeedAsync(string name, string url, DateTime? dueAt = null)
    {
        var feed = new DirectoryFeed { Name = name, Url = url, NextSyncUtc = dueAt ?? DateTime.UtcNow.AddYears(1) };
        await WithDbAsync(async db =>
        {
            db.Add(feed);
            return await db.SaveChangesAsync();
        });
        return feed;
    }

    public Task<DirectoryFeed> FeedAsync(Guid id) => WithDbAsync(db => db.Set<DirectoryFeed>().AsNoTracking().SingleAsync(f => f.Id == id));

    /// <summary>Syncs the feed now, in the test's own scope, as the scheduler would.</summary>
    public async Task<DirectoryImport> SyncAsync(Guid feedId)
    {
        await using var scope = WideScope(out _);
        return await scope.ServiceProvider.GetRequiredService<FeedSync>().SyncAsync(feedId, "test", default);
    }

    /// <summary>
    /// Does <paramref name="action"/> and waits for the background imports it starts (feed syncs, uploads) to
    /// finish, until one has finished for each of <paramref name="count"/> matching ones.
    /// </summary>
    public async Task<List<DirectoryImport>> WhenImportedAsync(int count, Func<DirectoryImport, bool> match, Func<Task> action)
    {
        var jobs = Services.GetRequiredService<DirectoryJobs>();
        var finished = new List<DirectoryImport>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnFinished(DirectoryImport import)
        {
            lock (finished)
            {
                if (match(import))
                {
                    finished.Add(import);
                }

                if (finished.Count >= count)
                {
                    done.TrySetResult();
                }
            }
        }

        jobs.ImportFinished += OnFinished;
        try
        {
            await action();
            await done.Task.WaitAsync(Patience);
            return finished;
        }
        finally
        {
            jobs.ImportFinished -= OnFinished;
        }
    }

    public Task<List<DirectoryServiceRecord>> ServicesOfAsync(Guid feedId) =>
        WithDbAsync(db => db.Set<DirectoryServiceRecord>().AsNoTracking().Where(r => r.FeedId == feedId).OrderBy(r => r.Name).ToListAsync());
}
