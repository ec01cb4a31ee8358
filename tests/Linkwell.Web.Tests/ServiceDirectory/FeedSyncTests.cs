using System.Text.Json.Nodes;
using Linkwell.Web.Features.Directory;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>Syncing from another directory's ORUK API, served for real on 127.0.0.1, healthy and broken.</summary>
public sealed class FeedSyncTests(FeedApp app) : IClassFixture<FeedApp>
{
    [Fact]
    public async Task A_sync_reads_every_page_with_the_feeds_terms_and_keeps_the_feed_as_the_source()
    {
        await using var fake = await FakeOrukFeed.StartAsync();
        var ids = fake.PutNumbered("Group", 5);

        fake.Put(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Group 6 without a status", ["last_modified"] = "2026-10-01T09:00:00Z" });
        var feed = await app.AddFeedAsync("Neighbours", fake.Url);

        var report = await app.SyncAsync(feed.Id);

        Assert.Equal(DirectoryImportState.Succeeded, report.State);
        Assert.Equal((6, 5, 1), (report.Read, report.Added, report.Skipped));
        Assert.Contains(report.Problems, p => p.Reason.Contains("status", StringComparison.Ordinal));
        Assert.Equal(["/oruk/services?full=true&page=1&per_page=100", "/oruk/services?full=true&page=2&per_page=100", "/oruk/services?full=true&page=3&per_page=100"],
            fake.Requests.Where(r => r.StartsWith("/oruk/services", StringComparison.Ordinal)));
        Assert.StartsWith("Linkwell/", fake.UserAgent, StringComparison.Ordinal);
        var stored = await app.ServicesOfAsync(feed.Id);
        Assert.Equal(ids.Order(), stored.Select(s => s.Id).Order());
        var first = stored.Single(s => s.Id == ids[0]);
        Assert.Equal(ids[0], JsonNode.Parse(first.OriginalJson!)!["id"]!.GetValue<string>());
        Assert.Equal(FakeOrukFeed.Term(1), JsonNode.Parse(first.Json)!["attributes"]![0]!["taxonomy_term_id"]!.GetValue<string>());
        Assert.Equal("Walking", app.Services.GetRequiredService<DirectoryIndex>().Terms[FakeOrukFeed.Term(1)].Name);
        var synced = await app.FeedAsync(feed.Id);
        Assert.Null(synced.LastError);
        Assert.NotNull(synced.LastSuccessUtc);
        Assert.Equal(new DateTime(2026, 10, 5, 9, 0, 0), synced.ModifiedSeenUtc);
    }

    [Fact]
    public async Task A_second_sync_asks_only_for_what_changed_since_and_updates_without_duplicating()
    {
        await using var fake = await FakeOrukFeed.StartAsync();
        var ids = fake.PutNumbered("Club", 3);

        var feed = await app.AddFeedAsync("Changing neighbours", fake.Url);
        Assert.Equal(DirectoryImportState.Succeeded, (await app.SyncAsync(feed.Id)).State);
        fake.Put(FakeOrukFeed.Service(ids[1], "Club 2, now on Thursdays", "2026-11-01T12:30:00Z"));
        var added = Guid.NewGuid().ToString();
        fake.Put(FakeOrukFeed.Service(added, "Club 4", "2026-11-02T08:00:00Z"));
        fake.Requests.Clear();

        var report = await app.SyncAsync(feed.Id);

        Assert.Equal(DirectoryImportState.Succeeded, report.State);
        Assert.Contains("/oruk/services?full=true&modified_after=2026-10-03T09%3A00%3A00Z&page=1&per_page=100", fake.Requests);
        Assert.Equal((2, 1, 1), (report.Read, report.Added, report.Updated));
        var stored = await app.ServicesOfAsync(feed.Id);
        Assert.Equal(ids.Append(added).Order(), stored.Select(s => s.Id).Order());
        Assert.Equal("Club 2, now on Thursdays", stored.Single(s => s.Id == ids[1]).Name);
        Assert.Equal(new DateTime(2026, 11, 2, 8, 0, 0), (await app.FeedAsync(feed.Id)).ModifiedSeenUtc);
    }

    [Fact]
    public async Task A_feed_that_sends_list_items_has_each_full_service_fetched()
    {
        await using var fake = await FakeOrukFeed.StartAsync();
        fake.FullPages = false;
        var ids = Enumerable.Range(1, 3).Select(_ => Guid.NewGuid().ToString()).ToList();
        foreach (var id in ids)
        {
            fake.Put(FakeOrukFeed.Service(id, $"Allotment {id[..4]}", "2026-10-01T09:00:00Z"));
        }

        var feed = await app.AddFeedAsync("List-only neighbours", fake.Url);

        var report = await app.SyncAsync(feed.Id);

        Assert.Equal((DirectoryImportState.Succeeded, 3), (report.State, report.Added));
        Assert.All(ids, id => Assert.Contains($"/oruk/services/{id}", fake.Requests));
        Assert.All(await app.ServicesOfAsync(feed.Id), s => Assert.NotNull(JsonNode.Parse(s.Json)!["service_at_locations"]));
    }

    [Fact]
    public async Task A_feed_that_fails_part_way_keeps_what_came_before_and_asks_for_everything_next_time()
    {
        await using var fake = await FakeOrukFeed.StartAsync();
        var ids = fake.PutNumbered("Choir", 4);

        fake.FailFromPage = 2;
        var feed = await app.AddFeedAsync("Flaky neighbours", fake.Url);

        var report = await app.SyncAsync(feed.Id);

        Assert.Equal(DirectoryImportState.Failed, report.State);
        Assert.Contains("page=2", report.Message, StringComparison.Ordinal);
        Assert.Contains("answered 500 Internal Server Error", report.Message, StringComparison.Ordinal);
        Assert.Equal([ids[0], ids[1]], (await app.ServicesOfAsync(feed.Id)).Select(s => s.Id));
        var failed = await app.FeedAsync(feed.Id);
        Assert.Equal(report.Message, failed.LastError);
        Assert.Null(failed.LastSuccessUtc);
        Assert.Null(failed.ModifiedSeenUtc);
    }

    [Fact]
    public async Task Feeds_that_time_out_answer_500_or_answer_garbage_fail_with_a_message_and_the_next_feed_still_syncs()
    {
        await using var silent = await FakeOrukFeed.StartAsync();
        await using var erroring = await FakeOrukFeed.StartAsync();
        await using var garbage = await FakeOrukFeed.StartAsync();
        await using var healthy = await FakeOrukFeed.StartAsync();
        (silent.Behaviour, erroring.Behaviour, garbage.Behaviour) = (FeedBehaviour.Silent, FeedBehaviour.ServerError, FeedBehaviour.Garbage);
        var healthyId = Guid.NewGuid().ToString();
        healthy.Put(FakeOrukFeed.Service(healthyId, "Healthy walks", "2026-10-01T09:00:00Z"));
        var due = DateTime.UtcNow.AddMinutes(-10);
        var feeds = new[]
        {
            await app.AddFeedAsync("Silent", silent.Url, due),
            await app.AddFeedAsync("Erroring", erroring.Url, due.AddMinutes(1)),
            await app.AddFeedAsync("Garbage", garbage.Url, due.AddMinutes(2)),
            await app.AddFeedAsync("Healthy", healthy.Url, due.AddMinutes(3)),
        };
        var ours = feeds.Select(f => f.Id).ToHashSet();

        var imports = await app.WhenImportedAsync(4, i => i.FeedId is { } id && ours.Contains(id), () =>
        {
            app.Services.GetRequiredService<DirectoryJobs>().FeedsDue.Wake();
            return Task.CompletedTask;
        });

        Assert.Equal(feeds.Select(f => f.Id), imports.Select(i => i.FeedId!.Value));
        Assert.Equal([DirectoryImportState.Failed, DirectoryImportState.Failed, DirectoryImportState.Failed, DirectoryImportState.Succeeded], imports.Select(i => i.State));
        var after = await Task.WhenAll(feeds.Select(f => app.FeedAsync(f.Id)));
        Assert.Contains($"did not answer within {FeedApp.FeedTimeout.TotalSeconds:0} seconds", after[0].LastError, StringComparison.Ordinal);
        Assert.Contains("answered 500 Internal Server Error", after[1].LastError, StringComparison.Ordinal);
        Assert.Contains("did not answer with JSON", after[2].LastError, StringComparison.Ordinal);
        Assert.Null(after[3].LastError);
        Assert.Equal([healthyId], (await app.ServicesOfAsync(feeds[3].Id)).Select(s => s.Id));
        Assert.All(after, f => Assert.True(f.NextSyncUtc > DateTime.UtcNow.AddHours(23), $"{f.Name} is next due at {f.NextSyncUtc}"));
        Assert.All(after, f => Assert.NotNull(f.LastSyncUtc));
        Assert.Equal(imports.Take(3).Select(i => i.Message), after.Take(3).Select(f => f.LastError));
    }
}
