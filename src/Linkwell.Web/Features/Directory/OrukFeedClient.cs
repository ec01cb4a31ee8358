using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Linkwell.Web.Features.Directory;

/// <summary>A feed that could not be read: no answer in time, an error status, or something that is not ORUK JSON.</summary>
public sealed class FeedException(string message, HttpStatusCode? status = null, Exception? inner = null) : IOException(message, inner)
{
    public HttpStatusCode? Status { get; } = status;
}

/// <summary>
/// Reads another directory's ORUK 3.0 API: JSON documents and paged lists, following <c>total_pages</c>.
/// Every failure (timeout, error status, unreachable, not JSON, not a page) becomes a <see cref="FeedException"/>
/// naming the address and what went wrong, in words a directory manager can act on.
/// </summary>
public sealed class OrukFeedClient(HttpClient http)
{
    /// <summary>Items asked for per page; a feed may send fewer (its own limit), which paging copes with.</summary>
    public const int PerPage = 100;

    /// <summary>The feed's <paramref name="path"/> (services, taxonomies...) under its base URL, with a query.</summary>
    public static Uri Address(string baseUrl, string path, string? query = null) =>
        new($"{baseUrl.TrimEnd('/')}/{path}{(string.IsNullOrEmpty(query) ? string.Empty : "?" + query)}");

    /// <summary>
    /// The pages of a list, one at a time: <paramref name="list"/> with <c>page</c> and <c>per_page</c> added,
    /// until the page the feed calls its last (or an empty one).
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<JsonElement>> PagesAsync(Uri list, [EnumeratorCancellation] CancellationToken ct)
    {
        var separator = string.IsNullOrEmpty(list.Query) ? "?" : "&";
        for (var number = 1; ; number++)
        {
            var address = new Uri($"{list.AbsoluteUri}{separator}page={number}&per_page={PerPage}");
            using var page = await GetAsync(address, ct) ?? throw new FeedException($"{address} answered 404 Not Found.", HttpStatusCode.NotFound);
            var root = page.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("contents", out var contents) || contents.ValueKind != JsonValueKind.Array)
            {
                throw new FeedException($"{address} did not answer with an ORUK page: there is no contents list.");
            }

            var items = contents.EnumerateArray().Select(e => e.Clone()).ToList();
            yield return items;

            // A feed that gives neither total_pages nor last_page is taken to have sent everything at once.
            var last = items.Count == 0
                || (root.TryGetProperty("last_page", out var lastPage) && lastPage.ValueKind == JsonValueKind.True)
                || !root.TryGetProperty("total_pages", out var total) || !total.TryGetInt32(out var pages) || number >= pages;
            if (last)
            {
                yield break;
            }
        }
    }

    /// <summary>One JSON document, or null when the feed answers 404.</summary>
    public async Task<JsonDocument?> GetAsync(Uri address, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(address, ct);
        }
        catch (OperationCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new FeedException($"{address} did not answer within {http.Timeout.TotalSeconds:0.#} seconds.", inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FeedException($"{address} could not be read: {ex.Message}", inner: ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FeedException($"{address} answered {(int)response.StatusCode} {response.ReasonPhrase}.", response.StatusCode);
            }

            try
            {
                await using var body = await response.Content.ReadAsStreamAsync(ct);
                return await JsonDocument.ParseAsync(body, cancellationToken: ct);
            }
            catch (JsonException ex)
            {
                throw new FeedException($"{address} did not answer with JSON: {ex.Message}", inner: ex);
            }
        }
    }
}
