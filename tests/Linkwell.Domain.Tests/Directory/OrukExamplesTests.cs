using Linkwell.Domain.Directory.Oruk;

namespace Linkwell.Domain.Tests.Directory;

/// <summary>The standard's example responses read into the model and are written back whole and valid.</summary>
public sealed class OrukExamplesTests
{
    /// <summary>Each example file, the model type it is, and the schema it must validate against.</summary>
    private static readonly Dictionary<string, (Func<string, string> RoundTrip, string Schema)> _examples = new()
    {
        ["service_full.json"] = (RoundTrip<OrukService>, "service"),
        ["service_list.json"] = (RoundTrip<OrukPage<OrukService>>, "service_list"),
        ["organization_full.json"] = (RoundTrip<OrukOrganization>, "organization"),
        ["organization_list.json"] = (RoundTrip<OrukPage<OrukOrganization>>, "organization_list"),
        ["service_at_location_full.json"] = (RoundTrip<OrukServiceAtLocation>, "service_at_location"),
        ["service_at_location_list.json"] = (RoundTrip<OrukPage<OrukServiceAtLocation>>, "service_at_location_list"),
        ["taxonomy.json"] = (RoundTrip<OrukTaxonomy>, "taxonomy"),
        ["taxonomy_list.json"] = (RoundTrip<OrukPage<OrukTaxonomy>>, "taxonomy_list"),
        ["taxonomy_term.json"] = (RoundTrip<OrukTaxonomyTerm>, "taxonomy_term"),
        ["taxonomy_term_list.json"] = (RoundTrip<OrukPage<OrukTaxonomyTerm>>, "taxonomy_term_list"),
    };

    public static TheoryData<string> Examples => [.. _examples.Keys];

    [Fact]
    public void Every_example_of_the_standard_is_covered()
    {
        var files = System.IO.Directory.GetFiles(Path.Combine(OrukSchemas.Folder, "examples"), "*.json").Select(Path.GetFileName).Order();

        Assert.Equal(files, _examples.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_written_back_from_the_model_validates_against_its_schema(string file)
    {
        var (roundTrip, schema) = _examples[file];

        var written = roundTrip(Example(file));

        Assert.Empty(OrukSchemas.Validate(schema, written));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_written_back_from_the_model_keeps_every_value(string file)
    {
        var original = Example(file);

        var written = _examples[file].RoundTrip(original);

        Assert.Equal(JsonTrees.Canonical(original), JsonTrees.Canonical(written));
    }

    [Fact]
    public void Example_itself_validates_against_its_schema_so_the_schemas_are_read_right()
    {
        foreach (var (file, (_, schema)) in _examples)
        {
            Assert.True(OrukSchemas.Validate(schema, Example(file)).Count == 0, file);
        }
    }

    [Fact]
    public void Api_details_with_the_uk_version_validate()
    {
        var details = new OrukApiDetails
        {
            Profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
            OpenapiUrl = "https://directory.example.org/api/oruk/openapi.json",
        };

        var json = OrukJson.Serialize(details);

        Assert.Empty(OrukSchemas.Validate("api_details", json));
        Assert.Contains("\"version\":\"HSDS-UK-3.0\"", json, StringComparison.Ordinal);
        Assert.Contains("\"openapi_url\":", json, StringComparison.Ordinal);
    }

    private static string RoundTrip<T>(string json) => OrukJson.Serialize(OrukJson.Deserialize<T>(json));

    private static string Example(string file) => File.ReadAllText(Path.Combine(OrukSchemas.Folder, "examples", file));
}
