using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using Linkwell.Web.Features.Directory;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>Two feeds covering one area: their likely duplicates listed, kept apart or merged by a directory manager.</summary>
public sealed class LikelyDuplicateTests(FeedApp app) : IClassFixture<FeedApp>, IAsyncLifetime
{
    [Fact]
    public async Task Services_from_two_feeds_sharing_a_phone_number_are_listed_with_the_reason_and_a_pair_kept_apart_is_not_listed_again()
    {
        var phone = Phone();
        var (north, south) = await TwoFeedsAsync(
            [FakeOrukFeed.Service(Id(), "Morley walkers", "2026-10-01T09:00:00Z", phone: phone), FakeOrukFeed.Service(Id(), "Morley knitters", "2026-10-01T09:00:00Z", phone: Phone())],
            [FakeOrukFeed.Service(Id(), "Walking group in Morley", "2026-10-01T09:00:00Z", phone: "+44 " + phone[1..])]);
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);

        var row = Assert.Single(await RowsAsync(session), r => r.TextContent.Contains("Morley walkers", StringComparison.Ordinal));
        Assert.Contains("Walking group in Morley", row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Same phone number: {phone}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("From: North", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("From: South", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(await RowsAsync(session), r => r.TextContent.Contains("Morley knitters", StringComparison.Ordinal));

        var decide = await session.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        using var unanswered = await session.SubmitAsync(decide, "main form", []);
        Assert.Equal(["Select whether to merge the listings or keep them apart."], PageSession.ErrorSummary(await PageSession.ParseAsync(unanswered)));
        using var apart = await session.SubmitAsync(decide, "main form", new() { ["Decision"] = "apart" });

        Assert.Equal(HttpStatusCode.Redirect, apart.StatusCode);
        Assert.DoesNotContain(await RowsAsync(session), r => r.TextContent.Contains("Morley walkers", StringComparison.Ordinal));
        var (a, b) = DirectoryDuplicates.Ordered(north[0], south[0]);
        Assert.True(await app.WithDbAsync(db => db.Set<DirectoryKeptApart>().AnyAsync(k => k.FirstServiceId == a && k.SecondServiceId == b)));
        Assert.Equal(3, (await app.ServicesOfAsync(_feedIds[0])).Concat(await app.ServicesOfAsync(_feedIds[1])).Count(s => !s.Removed));
    }

    [Fact]
    public async Task Merging_keeps_one_listing_and_hides_the_other_even_when_its_feed_sends_it_again()
    {
        var email = $"choir.{Guid.NewGuid():N}@example.org";
        var (north, south) = await TwoFeedsAsync(
            [FakeOrukFeed.Service(Id(), "Pudsey choir", "2026-10-01T09:00:00Z", email: email)],
            [FakeOrukFeed.Service(Id(), "Pudsey community choir", "2026-10-01T09:00:00Z", email: email.ToUpperInvariant())]);
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var row = Assert.Single(await RowsAsync(session), r => r.TextContent.Contains("Pudsey choir", StringComparison.Ordinal));
        Assert.Contains($"Same email address: {email}", row.TextContent, StringComparison.Ordinal);
        var decide = await session.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!);
        var keepNorth = decide.QuerySelectorAll("input[name='Decision']").Single(i => i.ParentElement!.TextContent.Contains("keep Pudsey choir from North", StringComparison.Ordinal)).GetAttribute("value")!;

        using var merged = await session.SubmitAsync(decide, "main form", new() { ["Decision"] = keepNorth });

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var hidden = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().SingleAsync(r => r.Id == south[0]));
        Assert.True(hidden.Removed);
        Assert.Equal(north[0], hidden.MergedIntoId);
        using var oruk = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await oruk.GetAsync(new Uri($"/oruk/services/{south[0]}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await oruk.GetAsync(new Uri($"/oruk/services/{north[0]}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(await RowsAsync(session), r => r.TextContent.Contains("Pudsey", StringComparison.Ordinal));

        _feeds[1].Put(FakeOrukFeed.Service(south[0], "Pudsey community choir, now on Fridays", "2026-11-01T09:00:00Z", email: email));
        var resent = await app.SyncAsync(_feedIds[1]);

        Assert.Equal((DirectoryImportState.Succeeded, 1), (resent.State, resent.Updated));
        var still = await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().SingleAsync(r => r.Id == south[0]));
        Assert.True(still.Removed);
        Assert.Equal("Pudsey community choir, now on Fridays", still.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await oruk.GetAsync(new Uri($"/oruk/services/{south[0]}", UriKind.Relative))).StatusCode);
    }

    private readonly List<FakeOrukFeed> _feeds = [];
    private readonly List<Guid> _feedIds = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var feed in _feeds)
        {
            await feed.DisposeAsync();
        }
    }

    private static string Id() => Guid.NewGuid().ToString();

    /// <summary>A Leeds number no other test uses: "0113 496 0xxx"-like, random.</summary>
    private static string Phone() => $"0113 {Random.Shared.Next(200, 999)} {Random.Shared.Next(1000, 9999)}";

    /// <summary>Two fake feeds, North and South, synced once; returns each one's service ids.</summary>
    private async Task<(List<string> North, List<string> South)> TwoFeedsAsync(JsonObject[] north, JsonObject[] south)
    {
        var ids = new List<List<string>>();
        foreach (var (name, services) in new[] { ("North", north), ("South", south) })
        {
            var fake = await FakeOrukFeed.StartAsync();
            _feeds.Add(fake);
            foreach (var service in services)
            {
                fake.Put(service);
            }

            var feed = await app.AddFeedAsync(name, fake.Url);
            _feedIds.Add(feed.Id);
            Assert.Equal(DirectoryImportState.Succeeded, (await app.SyncAsync(feed.Id)).State);
            ids.Add([.. services.Select(s => (string)s["id"]!)]);
        }

        return (ids[0], ids[1]);
    }

    private static async Task<List<IElement>> RowsAsync(PageSession session) =>
        [.. (await session.GetAsync("/Directory/Manage/Duplicates")).QuerySelectorAll("#duplicates tbody tr")];
}
