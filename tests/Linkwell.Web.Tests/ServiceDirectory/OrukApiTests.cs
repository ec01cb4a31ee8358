using System.Net;
using System.Text.Json;
using Linkwell.Domain.Tests.Directory;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>The /oruk API against the standard's own schemas, and its filters against a directory with known answers.</summary>
public sealed class OrukApiTests(DirectoryApp app) : IClassFixture<DirectoryApp>
{
    [Fact]
    public async Task The_base_path_names_the_uk_specification_and_any_origin_may_call_it()
    {
        using var response = await GetAsync("/oruk/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var json = await response.Content.ReadAsStringAsync();
        Assert.Empty(OrukSchemas.Validate("api_details", json));
        Assert.Equal("HSDS-UK-3.0", JsonDocument.Parse(json).RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("/oruk/services", "service_list", "compiled/service_list")]
    [InlineData("/oruk/services?full=true", "service_list", "service")]
    [InlineData("/oruk/service_at_locations", "service_at_location_list", "compiled/service_at_location_list")]
    [InlineData("/oruk/organizations", "organization_list", "compiled/organization_list")]
    [InlineData("/oruk/taxonomies", "taxonomy_list", "taxonomy")]
    [InlineData("/oruk/taxonomy_terms", "taxonomy_term_list", "taxonomy_term")]
    public async Task Every_list_and_every_item_on_it_validates_against_the_standard(string path, string pageSchema, string itemSchema)
    {
        var json = await JsonAsync(path);
        var page = JsonDocument.Parse(json).RootElement;

        Assert.Empty(OrukSchemas.Validate(pageSchema, json));
        Assert.True(page.GetProperty("total_items").GetInt32() > 0, path);
        foreach (var item in page.GetProperty("contents").EnumerateArray())
        {
            Assert.Empty(OrukSchemas.Validate(itemSchema, item.GetRawText()));
        }
    }

    [Fact]
    public async Task Every_record_fetched_by_id_validates_against_its_full_schema()
    {
        Assert.Empty(OrukSchemas.Validate("service", await JsonAsync($"/oruk/services/{DirectoryApp.Walk1}")));
        Assert.Empty(OrukSchemas.Validate("service_at_location", await JsonAsync($"/oruk/service_at_locations/{DirectoryApp.Id("101", 3)}")));
        Assert.Empty(OrukSchemas.Validate("organization", await JsonAsync($"/oruk/organizations/{DirectoryApp.Organization}")));
        Assert.Empty(OrukSchemas.Validate("taxonomy_term", await JsonAsync($"/oruk/taxonomy_terms/{DirectoryApp.WalkingTerm}")));
        var full = JsonDocument.Parse(await JsonAsync($"/oruk/services/{DirectoryApp.Walk1}")).RootElement;
        Assert.Equal("Leeds Voluntary Action", full.GetProperty("organization").GetProperty("name").GetString());
        Assert.Equal("TU", full.GetProperty("schedules")[0].GetProperty("byday").GetString());
    }

    [Theory]
    [InlineData("services")]
    [InlineData("service_at_locations")]
    [InlineData("organizations")]
    [InlineData("taxonomies")]
    [InlineData("taxonomy_terms")]
    public async Task An_unknown_id_is_a_404_problem_that_names_it(string collection)
    {
        using var response = await GetAsync($"/oruk/{collection}/no-such-id");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("per_page=lots", "per_page")]
    [InlineData("proximity=1000", "proximity")]
    [InlineData("postcode=XX1%201XX&proximity=1000", "postcode")]
    [InlineData("postcode=LS1%204AP&proximity=-5", "proximity")]
    [InlineData("day=Funday", "day")]
    [InlineData("start_time=25:00", "start_time")]
    [InlineData("start_time=12:00&end_time=09:00", "end_time")]
    [InlineData("minimum_age=old", "minimum_age")]
    [InlineData("minimum_age=40&maximum_age=20", "maximum_age")]
    [InlineData("modified_after=last%20tuesday", "modified_after")]
    [InlineData("format=xml", "format")]
    [InlineData("full=maybe", "full")]
    public async Task A_bad_parameter_is_a_400_naming_it(string query, string parameter)
    {
        using var response = await GetAsync($"/oruk/services?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Proximity_finds_exactly_the_services_within_the_distance()
    {
        Assert.Equal([DirectoryApp.Choir, DirectoryApp.Youth, DirectoryApp.Walk3, DirectoryApp.Walk1], await IdsAsync("/oruk/services?postcode=LS1%204AP&proximity=3000"));
        Assert.Equal([DirectoryApp.Choir], await IdsAsync("/oruk/services?postcode=ls14ap&proximity=600"));
    }

    [Fact]
    public async Task A_walking_group_within_two_miles_on_tuesday_mornings_is_the_headingley_one()
    {
        var ids = await IdsAsync("/oruk/services?search=walking%20groups&postcode=LS1%204AP&proximity=3219&day=TU&start_time=09:00&end_time=12:00");

        Assert.Equal([DirectoryApp.Walk1], ids);
    }

    [Fact]
    public async Task Age_taxonomy_and_organization_filters_return_exactly_the_right_services()
    {
        // Services that state no ages take everyone; the walking group is 18 and over, football 11 to 18.
        var twelve = await IdsAsync("/oruk/services?minimum_age=12&maximum_age=12");
        Assert.Contains(DirectoryApp.Youth, twelve);
        Assert.DoesNotContain(DirectoryApp.Walk1, twelve);
        Assert.Equal([DirectoryApp.Walk3, DirectoryApp.Choir, DirectoryApp.Walk2], await IdsAsync("/oruk/services?minimum_age=8&maximum_age=8"));
        Assert.Equal([DirectoryApp.Choir], await IdsAsync($"/oruk/services?taxonomy_term_id={DirectoryApp.ArtsTerm}"));
        Assert.Equal(5, (await IdsAsync($"/oruk/services?taxonomy_id={DirectoryApp.Taxonomy}")).Count);
        Assert.Equal(5, (await IdsAsync($"/oruk/services?organization_id={DirectoryApp.Organization}")).Count);
        Assert.Empty(await IdsAsync("/oruk/services?organization_id=someone-else"));
    }

    [Fact]
    public async Task Pages_follow_the_standards_envelope_and_per_page_is_capped()
    {
        var second = JsonDocument.Parse(await JsonAsync("/oruk/services?per_page=2&page=2")).RootElement;
        var capped = JsonDocument.Parse(await JsonAsync("/oruk/services?per_page=100000")).RootElement;

        Assert.Equal(5, second.GetProperty("total_items").GetInt32());
        Assert.Equal(3, second.GetProperty("total_pages").GetInt32());
        Assert.Equal(2, second.GetProperty("page_number").GetInt32());
        Assert.Equal(2, second.GetProperty("size").GetInt32());
        Assert.False(second.GetProperty("first_page").GetBoolean());
        Assert.False(second.GetProperty("last_page").GetBoolean());
        Assert.Equal(1, capped.GetProperty("total_pages").GetInt32());
    }

    [Fact]
    public async Task Ndjson_streams_every_result_one_per_line_without_pages()
    {
        using var response = await GetAsync("/oruk/services?format=ndjson&per_page=1");

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.All(lines, line => Assert.Empty(OrukSchemas.Validate("compiled/service_list", line)));
    }

    [Fact]
    public async Task An_unchanged_page_asked_for_again_with_its_etag_is_304_with_no_body()
    {
        using var first = await GetAsync("/oruk/services?search=choir");
        var etag = first.Headers.ETag!;
        using var client = app.CreateClient();
        using var again = new HttpRequestMessage(HttpMethod.Get, "/oruk/services?search=choir");
        again.Headers.IfNoneMatch.Add(etag);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Importing_the_same_services_again_updates_them_and_never_duplicates()
    {
        var before = (await IdsAsync("/oruk/services?per_page=200")).Count;
        var json = await JsonAsync($"/oruk/services/{DirectoryApp.Choir}");

        var report = await app.ImportJsonAsync("again.json", json);

        Assert.Equal(1, report.Unchanged + report.Updated);
        Assert.Equal(0, report.Added);
        Assert.Equal(before, (await IdsAsync("/oruk/services?per_page=200")).Count);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var client = app.CreateClient();
        return await client.GetAsync(new Uri(path, UriKind.Relative));
    }

    private async Task<string> JsonAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<string>> IdsAsync(string path) =>
        [.. JsonDocument.Parse(await JsonAsync(path)).RootElement.GetProperty("contents").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
}
