using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// Brings one feed's records in: its taxonomies and terms first (so services' attributes resolve), then its
/// services page by page, full, as one import whose report keeps every record skipped and why. After the first
/// sync that succeeds, only services changed since the newest <c>last_modified</c> seen are asked for
/// (<c>modified_after</c>). The records keep the feed as their source and the JSON it sent.
/// </summary>
public sealed class FeedSync(AppDbContext db, OrukFeedClient client, DirectoryImporter importer, DirectoryWriter writer, DirectoryIndex index, TimeProvider clock)
{
    /// <summary>What only a full service has; a page none of whose items has any was sent as list items.</summary>
    private static readonly string[] FullServiceLists =
        ["service_at_locations", "schedules", "contacts", "attributes", "languages", "cost_options", "service_areas", "funding", "phones"];

    /// <summary>Syncs the feed now and records how it went on the feed; a feed that fails never throws here.</summary>
    public async Task<DirectoryImport> SyncAsync(Guid feedId, string startedBy, CancellationToken ct)
    {
        var feed = await db.Set<DirectoryFeed>().AsNoTracking().SingleAsync(f => f.Id == feedId, ct);
        var started = clock.GetUtcNow().UtcDateTime;
        var since = feed.LastSuccessUtc is null ? null : feed.ModifiedSeenUtc;
        var newest = new NewestModified(feed.ModifiedSeenUtc);
        var report = await importer.ImportServicesAsync(feed.Url, import => ReadAsync(feed, since, import, newest, ct), feed.Id, startedBy, null, ct);

        // Read again: the import cleared the unit of work. Only these columns change, so an edit made meanwhile stays.
        var stored = await db.Set<DirectoryFeed>().SingleAsync(f => f.Id == feedId, CancellationToken.None);
        stored.LastSyncUtc = started;
        if (report.State == DirectoryImportState.Succeeded)
        {
            stored.LastSuccessUtc = started;
            stored.ModifiedSeenUtc = newest.Value;
            stored.LastError = null;
        }
        else
        {
            stored.LastError = report.Message;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return report;
    }

    private async IAsyncEnumerable<JsonElement> ReadAsync(DirectoryFeed feed, DateTime? since, DirectoryImport import, NewestModified newest, [EnumeratorCancellation] CancellationToken ct)
    {
        var taxonomies = await ReadListAsync<OrukTaxonomy>(feed, "taxonomies", import, t => t.Id, ct);
        var terms = await ReadListAsync<OrukTaxonomyTerm>(feed, "taxonomy_terms", import, t => t.Id, ct);
        await writer.UpsertAsync(new DirectoryBatch([], [], taxonomies, terms), feed.Id, ct);
        await index.RefreshAsync(ct);

        var query = "full=true" + (since is { } after ? "&modified_after=" + Uri.EscapeDataString(OrukValues.FormatDateTime(new DateTimeOffset(DateTime.SpecifyKind(after, DateTimeKind.Utc)))) : string.Empty);
        await foreach (var page in client.PagesAsync(OrukFeedClient.Address(feed.Url, "services", query), ct))
        {
            var full = page.Any(item => item.ValueKind == JsonValueKind.Object && FullServiceLists.Any(list => item.TryGetProperty(list, out _)));
            foreach (var item in page)
            {
                var service = item;
                if (!full && Id(item) is { } id)
                {
                    // The feed sent list items: each full service is fetched on its own.
                    var address = OrukFeedClient.Address(feed.Url, "services/" + Uri.EscapeDataString(id));
                    using var one = await client.GetAsync(address, ct);
                    if (one is null)
                    {
                        import.Read++;
                        import.Skipped++;
                        import.Problems.Add(new ImportProblem("service", id, address.ToString(), "Skipped: the feed lists it but answered 404 Not Found for it."));
                        continue;
                    }

                    service = one.RootElement.Clone();
                }

                newest.See(service);
                yield return service;
            }
        }
    }

    /// <summary>A whole list (taxonomies, terms); items that are not records of the kind are reported and left out.</summary>
    private async Task<List<T>> ReadListAsync<T>(DirectoryFeed feed, string path, DirectoryImport import, Func<T, string> id, CancellationToken ct)
    {
        var kind = path == "taxonomies" ? "taxonomy" : "taxonomy_term";
        var items = new List<T>();
        var number = 0;
        try
        {
            await foreach (var page in client.PagesAsync(OrukFeedClient.Address(feed.Url, path), ct))
            {
                foreach (var element in page)
                {
                    number++;
                    var where = $"/{path} item {number}";
                    try
                    {
                        var item = element.Deserialize<T>(OrukJson.Options);
                        if (item is null || string.IsNullOrWhiteSpace(id(item)) || id(item).Length > 200)
                        {
                            import.Problems.Add(new ImportProblem(kind, null, where, "Skipped: it has no usable id."));
                        }
                        else
                        {
                            items.Add(item);
                        }
                    }
                    catch (JsonException ex)
                    {
                        import.Problems.Add(new ImportProblem(kind, Id(element), where, $"Skipped: {ex.Message}"));
                    }
                }
            }
        }
        catch (FeedException ex) when (ex.Status == HttpStatusCode.NotFound && number == 0)
        {
            // ORUK asks every feed for this list; without it, services' links to its terms cannot be kept.
            import.Problems.Add(new ImportProblem(kind, null, $"/{path}", $"The feed has no /{path} list (404), so links to its terms are kept only where services carry the term itself."));
        }

        return items;
    }

    private static string? Id(JsonElement item) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    /// <summary>The newest last_modified among the services read: what modified_after asks from next time.</summary>
    private sealed class NewestModified(DateTime? start)
    {
        public DateTime? Value { get; private set; } = start;

        public void See(JsonElement service)
        {
            if (service.ValueKind == JsonValueKind.Object && service.TryGetProperty("last_modified", out var text) && text.ValueKind == JsonValueKind.String
                && OrukValues.TryParseDateTime(text.GetString()!, out var modified) && (Value is null || modified.UtcDateTime > Value))
            {
                Value = modified.UtcDateTime;
            }
        }
    }
}
