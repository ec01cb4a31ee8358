using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;
using Linkwell.Web.Features.Geography;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.Net.Http.Headers;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// The public Open Referral UK 3.0 API under /oruk: no key, any origin, limited per client address. Answers
/// come from the in-memory index as JSON already written, and carry an ETag so an unchanged page costs a
/// header comparison.
/// </summary>
public static class OrukApi
{
    public const string BasePath = "/oruk";
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public static void MapOrukApi(this IEndpointRouteBuilder app)
    {
        var oruk = app.MapGroup(BasePath).AllowAnonymous().RequireRateLimiting(RateLimits.Oruk).WithTags("Open Referral UK 3.0")
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
                return await next(context);
            });
        oruk.MapGet("/", ApiDetails);
        oruk.MapGet("/services", ServicesAsync);
        oruk.MapGet("/services/{id}", ServiceAsync);
        oruk.MapGet("/service_at_locations", ServiceAtLocationsAsync);
        oruk.MapGet("/service_at_locations/{id}", ServiceAtLocationAsync);
        oruk.MapGet("/organizations", OrganizationsAsync);
        oruk.MapGet("/organizations/{id}", OrganizationAsync);
        oruk.MapGet("/taxonomies", TaxonomiesAsync);
        oruk.MapGet("/taxonomies/{id}", TaxonomyAsync);
        oruk.MapGet("/taxonomy_terms", TermsAsync);
        oruk.MapGet("/taxonomy_terms/{id}", TermAsync);
    }

    private static IResult ApiDetails(HttpContext http) => Results.Json(new OrukApiDetails
    {
        Profile = "https://openreferraluk.org/",
        OpenapiUrl = $"{http.Request.Scheme}://{http.Request.Host}/openapi/v1.json",
    }, OrukJson.Options);

    private static async Task<IResult> ServicesAsync(HttpContext http, DirectoryIndex index, IGeocoder geocoder)
    {
        var (snapshot, query, shape, early) = await StartListAsync(http, index, geocoder);
        if (early is not null)
        {
            return early;
        }

        Func<DirectoryHit, ReadOnlyMemory<byte>> item = shape.Minimal ? h => h.Listing.MinimalJson : shape.Full ? h => h.Listing.FullJson : h => h.Listing.ListJson;
        if (shape.Ndjson)
        {
            var all = snapshot.Search(query with { Page = 1, PerPage = int.MaxValue });
            return await NdjsonAsync(http, all.Hits.Select(item));
        }

        var result = snapshot.Search(query);
        return Page(result.TotalItems, query, result.Hits.Select(item));
    }

    private static async Task<IResult> ServiceAsync(string id, HttpContext http, DirectoryIndex index)
    {
        var snapshot = await index.ReadyAsync(http.RequestAborted);
        if (snapshot.Find(id) is not { } listing)
        {
            return NotFound("service", id);
        }

        return NotModified(http, snapshot) ? Results.StatusCode(StatusCodes.Status304NotModified) : Json(listing.FullJson);
    }

    private static async Task<IResult> ServiceAtLocationsAsync(HttpContext http, DirectoryIndex index, IGeocoder geocoder)
    {
        var (snapshot, query, shape, early) = await StartListAsync(http, index, geocoder);
        if (early is not null)
        {
            return early;
        }

        // Each service is found once; its places are then listed, nearest first when searching by distance.
        var services = snapshot.Search(query with { Page = 1, PerPage = int.MaxValue });
        var places = services.Hits.SelectMany(h => h.Listing.ServiceAtLocationIds.Select(id => (h.Listing, Id: id)));
        if (query.Near is { } near)
        {
            places = places
                .Select(p => (p, Distance: p.Listing.Places.FirstOrDefault(pl => pl.ServiceAtLocationId == p.Id) is { } pl
                    ? Domain.Geography.Geo.DistanceMetres(near.Latitude, near.Longitude, pl.Latitude, pl.Longitude)
                    : double.MaxValue))
                .Where(x => near.RadiusMetres is null || x.Distance <= near.RadiusMetres)
                .OrderBy(x => x.Distance)
                .Select(x => x.p);
        }

        var all = places.ToList();
        return shape.Ndjson
            ? await NdjsonAsync(http, all.Select(p => ServiceAtLocationJson(p.Listing, p.Id)))
            : Page(all.Count, query, all.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage).Select(p => ServiceAtLocationJson(p.Listing, p.Id)));
    }

    /// <summary>A service-at-location as ORUK writes it, made from the listing's full service when asked for.</summary>
    private static ReadOnlyMemory<byte> ServiceAtLocationJson(Listing listing, string id)
    {
        var service = JsonSerializer.Deserialize<OrukService>(listing.FullJson.Span, OrukJson.Options)!;
        var sal = service.ServiceAtLocations.First(s => s.Id == id);
        return JsonSerializer.SerializeToUtf8Bytes(ListingBuilder.ServiceAtLocation(sal, service), OrukJson.Options);
    }

    private static async Task<IResult> ServiceAtLocationAsync(string id, HttpContext http, DirectoryIndex index)
    {
        var snapshot = await index.ReadyAsync(http.RequestAborted);
        return snapshot.FindServiceAtLocation(id) is { } listing ? Json(ServiceAtLocationJson(listing, id)) : NotFound("service_at_location", id);
    }

    private static async Task<IResult> OrganizationsAsync(HttpContext http, DirectoryIndex index, IGeocoder geocoder)
    {
        var snapshot = await index.ReadyAsync(http.RequestAborted);
        var (query, shape, errors) = await OrukQuery.ParseAsync(http.Request.Query, geocoder, http.RequestAborted);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The query has mistakes");
        }

        var words = TextAnalyzer.Terms(query.Text);
        var organizations = index.Organizations.Values
            .Where(o => words.Count == 0 || words.All(TextAnalyzer.Terms(o.Name + " " + o.Description).Contains))
            .OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .Select(o => Serialize(shape.Full || shape.FullService ? WithServices(o, snapshot, shape.FullService) : ListingBuilder.ListItem(o)))
            .ToList();
        return shape.Ndjson
            ? await NdjsonAsync(http, organizations)
            : Page(organizations.Count, query, organizations.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage));
    }

    private static async Task<IResult> OrganizationAsync(string id, HttpContext http, DirectoryIndex index)
    {
        var snapshot = await index.ReadyAsync(http.RequestAborted);
        if (!index.Organizations.TryGetValue(id, out var organization))
        {
            return NotFound("organization", id);
        }

        var fullService = http.Request.Query.TryGetValue("full_service", out var value) && bool.TryParse(value, out var b) && b;
        return Json(Serialize(WithServices(organization, snapshot, fullService)));
    }

    private static async Task<IResult> TaxonomiesAsync(HttpContext http, DirectoryIndex index, IGeocoder geocoder)
    {
        await index.ReadyAsync(http.RequestAborted);
        var (query, shape, errors) = await OrukQuery.ParseAsync(http.Request.Query, geocoder, http.RequestAborted);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The query has mistakes");
        }

        var items = Matching(index.Taxonomies.Values, t => t.Name + " " + t.Description, query.Text).OrderBy(t => t.Name).Select(Serialize).ToList();
        return shape.Ndjson ? await NdjsonAsync(http, items) : Page(items.Count, query, items.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage));
    }

    private static async Task<IResult> TaxonomyAsync(string id, HttpContext http, DirectoryIndex index)
    {
        await index.ReadyAsync(http.RequestAborted);
        return index.Taxonomies.TryGetValue(id, out var taxonomy) ? Json(Serialize(taxonomy)) : NotFound("taxonomy", id);
    }

    private static async Task<IResult> TermsAsync(HttpContext http, DirectoryIndex index, IGeocoder geocoder)
    {
        await index.ReadyAsync(http.RequestAborted);
        var (query, shape, errors) = await OrukQuery.ParseAsync(http.Request.Query, geocoder, http.RequestAborted);
        var topOnly = http.Request.Query["top_only"].ToString() is { Length: > 0 } top && bool.TryParse(top, out var t) && t;
        var parent = http.Request.Query["parent_id"].ToString();
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The query has mistakes");
        }

        var items = Matching(index.Terms.Values, term => term.Name + " " + term.Description, query.Text)
            .Where(term => query.TaxonomyId is null || term.TaxonomyId == query.TaxonomyId)
            .Where(term => !topOnly || string.IsNullOrEmpty(term.ParentId))
            .Where(term => parent.Length == 0 || term.ParentId == parent)
            .OrderBy(term => term.Name).Select(Serialize).ToList();
        return shape.Ndjson ? await NdjsonAsync(http, items) : Page(items.Count, query, items.Skip((query.Page - 1) * query.PerPage).Take(query.PerPage));
    }

    private static async Task<IResult> TermAsync(string id, HttpContext http, DirectoryIndex index)
    {
        await index.ReadyAsync(http.RequestAborted);
        return index.Terms.TryGetValue(id, out var term) ? Json(Serialize(term)) : NotFound("taxonomy_term", id);
    }

    /// <summary>What every list of services starts with: the index, 304 if unchanged, the query or a 400.</summary>
    private static async Task<(DirectorySnapshot Snapshot, DirectoryQuery Query, OrukListShape Shape, IResult? Early)> StartListAsync(
        HttpContext http, DirectoryIndex index, IGeocoder geocoder)
    {
        var snapshot = await index.ReadyAsync(http.RequestAborted);
        if (NotModified(http, snapshot))
        {
            return (snapshot, new DirectoryQuery(), new OrukListShape(false, false, false, false), Results.StatusCode(StatusCodes.Status304NotModified));
        }

        var (query, shape, errors) = await OrukQuery.ParseAsync(http.Request.Query, geocoder, http.RequestAborted);
        return (snapshot, query, shape, errors.Count > 0 ? Results.ValidationProblem(errors, title: "The query has mistakes") : null);
    }

    private static IEnumerable<T> Matching<T>(IEnumerable<T> items, Func<T, string> text, string? search)
    {
        var words = TextAnalyzer.Terms(search);
        return words.Count == 0 ? items : items.Where(i => words.All(TextAnalyzer.Terms(text(i)).Contains));
    }

    /// <summary>The organization with its services: as list items, or fully nested with full_service=true.</summary>
    private static OrukOrganization WithServices(OrukOrganization organization, DirectorySnapshot snapshot, bool fullService)
    {
        var copy = ListingBuilder.Shallow(organization);
        var listings = snapshot.Search(new DirectoryQuery { OrganizationId = organization.Id, PerPage = int.MaxValue }).Hits;
        copy.Services = [.. listings.Select(h => OrukJson.Deserialize<OrukService>(Encoding.UTF8.GetString((fullService ? h.Listing.FullJson : h.Listing.ListJson).Span)))];
        return copy;
    }

    private static ReadOnlyMemory<byte> Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, OrukJson.Options);

    private static IResult Json(ReadOnlyMemory<byte> json) => Results.Bytes(json, "application/json");

    private static IResult NotFound(string type, string id) => Results.Problem(
        title: "Not found", detail: $"There is no {type} with the id '{id}'.", statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["type_name"] = type, ["id"] = id });

    /// <summary>The page envelope of openapi.json around items already written as JSON.</summary>
    private static IResult Page(int totalItems, DirectoryQuery query, IEnumerable<ReadOnlyMemory<byte>> items)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            var list = items.ToList();
            var totalPages = (int)((totalItems + (long)query.PerPage - 1) / query.PerPage);
            json.WriteStartObject();
            json.WriteNumber("total_items", totalItems);
            json.WriteNumber("total_pages", totalPages);
            json.WriteNumber("page_number", query.Page);
            json.WriteNumber("size", list.Count);
            json.WriteBoolean("first_page", query.Page == 1);
            json.WriteBoolean("last_page", query.Page >= totalPages);
            json.WriteBoolean("empty", list.Count == 0);
            json.WriteStartArray("contents");
            foreach (var item in list)
            {
                json.WriteRawValue(item.Span, skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Results.Bytes(buffer.WrittenMemory, "application/json");
    }

    /// <summary>Every result, one JSON object per line, written as it goes rather than built up first.</summary>
    private static async Task<IResult> NdjsonAsync(HttpContext http, IEnumerable<ReadOnlyMemory<byte>> items)
    {
        http.Response.ContentType = "application/x-ndjson";
        var body = http.Response.BodyWriter;
        foreach (var item in items)
        {
            await body.WriteAsync(item, http.RequestAborted);
            await body.WriteAsync(NewLine, http.RequestAborted);
        }

        return Results.Empty;
    }

    /// <summary>
    /// The ETag is the index version with the query: any change to the directory changes every tag, and an
    /// unchanged directory answers a repeated request with 304 before any searching.
    /// </summary>
    private static bool NotModified(HttpContext http, DirectorySnapshot snapshot)
    {
        var tag = $"\"{snapshot.Version.ToString(CultureInfo.InvariantCulture)}-{Fnv1a(http.Request.QueryString.Value ?? string.Empty):x}\"";
        http.Response.Headers.ETag = tag;
        http.Response.Headers.LastModified = snapshot.Changed.ToString("R", CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "public, max-age=60";
        return http.Request.Headers.IfNoneMatch.ToString() == tag;
    }

    /// <summary>A stable 64-bit hash (the same in every process, unlike string.GetHashCode).</summary>
    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
