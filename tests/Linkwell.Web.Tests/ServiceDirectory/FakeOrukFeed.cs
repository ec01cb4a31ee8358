using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>How a fake feed answers.</summary>
public enum FeedBehaviour
{
    /// <summary>ORUK pages, honouring page, per_page (up to its own page size), full and modified_after.</summary>
    Healthy,

    /// <summary>Never answers: the request waits until the caller gives up.</summary>
    Silent,

    /// <summary>500 Internal Server Error.</summary>
    ServerError,

    /// <summary>200 with an HTML page instead of JSON.</summary>
    Garbage,
}

/// <summary>
/// Another directory's ORUK 3.0 API, served by Kestrel on 127.0.0.1 (a port of its own) for one test: services
/// in pages of <see cref="PageSize"/>, sorted by name, as full services or list items, filtered by modified_after;
/// its taxonomy and terms; and every request it was sent, so a test can see what Linkwell asked for.
/// </summary>
public sealed class FakeOrukFeed : IAsyncDisposable
{
    public const string Taxonomy = "7a000000-0000-4000-8000-000000000001";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _services = [];

    private FakeOrukFeed(WebApplication app) => _app = app;

    /// <summary>The feed's ORUK base address (what a directory manager types in).</summary>
    public string Url { get; private set; } = string.Empty;

    public FeedBehaviour Behaviour { get; set; } = FeedBehaviour.Healthy;

    /// <summary>Pages of /services from this number on answer 500 (the ones before answer as usual).</summary>
    public int? FailFromPage { get; set; }

    public int PageSize { get; set; } = 2;

    /// <summary>False: /services pages hold list items only, and each full service is at /services/{id}.</summary>
    public bool FullPages { get; set; } = true;

    /// <summary>Path and query of every request, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The User-Agent header of the latest request.</summary>
    public string? UserAgent { get; private set; }

    /// <summary>This feed's own vocabulary, one taxonomy; each term's id is <see cref="Term"/> of its number.</summary>
    public List<JsonObject> Terms { get; } = [];

    public static string Term(int number) => $"7b000000-0000-4000-8000-{number:D12}";

    public static async Task<FakeOrukFeed> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var feed = new FakeOrukFeed(app);
        feed.Terms.Add(new JsonObject { ["id"] = Term(1), ["name"] = "Walking", ["description"] = "Walking groups", ["taxonomy_id"] = Taxonomy });
        feed.Terms.Add(new JsonObject { ["id"] = Term(2), ["name"] = "Singing", ["description"] = "Choirs", ["taxonomy_id"] = Taxonomy });
        app.Use(async (context, next) =>
        {
            feed.Requests.Enqueue(context.Request.Path + context.Request.QueryString);
            feed.UserAgent = context.Request.Headers.UserAgent;
            switch (feed.Behaviour)
            {
                case FeedBehaviour.Silent:
                    await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                    return;
                case FeedBehaviour.ServerError:
                    context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                    return;
                case FeedBehaviour.Garbage:
                    context.Response.ContentType = "text/html";
                    await context.Response.WriteAsync("<html><body>Directory moved</body></html>");
                    return;
                default:
                    await next(context);
                    return;
            }
        });
        app.MapGet("/oruk/services", feed.ServicesPage);
        app.MapGet("/oruk/services/{id}", (string id) => feed.Find(id) is { } s ? Results.Text(s.ToJsonString(), "application/json") : Results.NotFound());
        app.MapGet("/oruk/taxonomies", () => Page([new JsonObject { ["id"] = Taxonomy, ["name"] = "Feed activities", ["description"] = "What the feed's services do." }], 1, 100, 1));
        app.MapGet("/oruk/taxonomy_terms", () => Page([.. feed.Terms.Select(t => t.DeepClone().AsObject())], 1, 100, feed.Terms.Count));
        await app.StartAsync();
        feed.Url = app.Urls.Single() + "/oruk";
        return feed;
    }

    /// <summary>Adds or replaces a service (by id).</summary>
    public void Put(JsonObject service)
    {
        lock (_gate)
        {
            _services.RemoveAll(s => (string)s["id"]! == (string)service["id"]!);
            _services.Add(service);
        }
    }

    /// <summary>Puts "<paramref name="name"/> 1" to "<paramref name="name"/> N", last modified on the 1st to Nth of October 2026; returns their ids.</summary>
    public List<string> PutNumbered(string name, int count)
    {
        var ids = Enumerable.Range(1, count).Select(_ => Guid.NewGuid().ToString()).ToList();
        for (var i = 0; i < count; i++)
        {
            Put(Service(ids[i], $"{name} {i + 1}", $"2026-10-{i + 1:D2}T09:00:00Z"));
        }

        return ids;
    }

    /// <summary>A full service of this feed: at 1 km north of LS1 4AP, with a contact's phone and a link to term 1.</summary>
    public static JsonObject Service(string id, string name, string lastModified, string? phone = null, string? email = null)
    {
        var service = new JsonObject
        {
            ["id"] = id,
            ["name"] = name,
            ["description"] = $"{name}, from a neighbouring directory.",
            ["status"] = "active",
            ["last_modified"] = lastModified,
            ["organization_id"] = "7c000000-0000-4000-8000-000000000001",
            ["organization"] = new JsonObject { ["id"] = "7c000000-0000-4000-8000-000000000001", ["name"] = "Neighbouring Voluntary Action", ["description"] = "Groups next door." },
            ["attributes"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["taxonomy_term_id"] = Term(1) }),
            ["service_at_locations"] = new JsonArray(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["location"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["location_type"] = "physical", ["name"] = name + " hall", ["latitude"] = 53.8086m, ["longitude"] = -1.5491m },
            }),
        };
        if (phone is not null)
        {
            service["contacts"] = new JsonArray(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["name"] = "Organiser",
                ["phones"] = new JsonArray(new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["number"] = phone }),
            });
        }

        if (email is not null)
        {
            service["email"] = email;
        }

        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private JsonObject? Find(string id)
    {
        lock (_gate)
        {
            return _services.FirstOrDefault(s => (string)s["id"]! == id)?.DeepClone().AsObject();
        }
    }

    private IResult ServicesPage(HttpRequest request)
    {
        var page = int.Parse(request.Query["page"].FirstOrDefault() ?? "1", CultureInfo.InvariantCulture);
        var perPage = Math.Min(PageSize, int.Parse(request.Query["per_page"].FirstOrDefault() ?? "50", CultureInfo.InvariantCulture));
        if (page >= FailFromPage)
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }

        var after = request.Query["modified_after"].FirstOrDefault() is { } text ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        List<JsonObject> matching;
        lock (_gate)
        {
            matching = [.. _services
                .Where(s => after is null || DateTimeOffset.Parse((string)s["last_modified"]!, CultureInfo.InvariantCulture) > after)
                .OrderBy(s => (string)s["name"]!, StringComparer.Ordinal)
                .Select(s => s.DeepClone().AsObject())];
        }

        var full = FullPages && request.Query["full"] == "true";
        var items = matching.Skip((page - 1) * perPage).Take(perPage).Select(s => full ? s : ListItem(s)).ToList();
        return Page(items, page, perPage, matching.Count);
    }

    /// <summary>What a /services page holds without full=true: the scalars and the organization.</summary>
    private static JsonObject ListItem(JsonObject service) =>
        new(service.Where(p => p.Value is not JsonArray).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));

    private static IResult Page(List<JsonObject> items, int page, int perPage, int total)
    {
        var pages = (total + perPage - 1) / perPage;
        var json = new JsonObject
        {
            ["total_items"] = total,
            ["total_pages"] = pages,
            ["page_number"] = page,
            ["size"] = items.Count,
            ["first_page"] = page == 1,
            ["last_page"] = page >= pages,
            ["empty"] = items.Count == 0,
            ["contents"] = new JsonArray([.. items]),
        };
        return Results.Text(json.ToJsonString(), "application/json");
    }
}
