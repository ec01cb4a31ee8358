namespace Linkwell.Domain.Tests.Directory;

/// <summary>The schema harness can fail: broken documents are reported, not waved through.</summary>
public sealed class OrukSchemasTests
{
    private const string ValidService = """{"id":"ac148810-d857-441c-9679-408f346de14b","name":"Community Counselling","status":"active"}""";

    [Fact]
    public void Minimal_service_is_valid()
    {
        Assert.Empty(OrukSchemas.Validate("service", ValidService));
    }

    [Fact]
    public void Service_without_its_required_id_is_invalid()
    {
        var errors = OrukSchemas.Validate("service", """{"name":"Community Counselling","status":"active"}""");

        Assert.Contains(errors, e => e.Contains("PropertyRequired", StringComparison.Ordinal) && e.Contains("id", StringComparison.Ordinal));
    }

    [Fact]
    public void Service_with_a_wrong_type_is_invalid()
    {
        var errors = OrukSchemas.Validate("service", ValidService.Replace("}", ""","minimum_age":"twelve"}""", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Contains("minimum_age", StringComparison.Ordinal) && e.Contains("NumberExpected", StringComparison.Ordinal));
    }

    [Fact]
    public void Service_with_a_status_outside_the_list_is_invalid()
    {
        var errors = OrukSchemas.Validate("service", ValidService.Replace("active", "open", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Contains("status", StringComparison.Ordinal));
    }

    [Fact]
    public void Error_deep_in_a_full_service_is_reported_with_its_path()
    {
        var json = ValidService.Replace("}", ""","service_at_locations":[{"id":"e94c9f38-1e8f-4564-91d4-d53501ab1765","location":{"id":"3a19ff88-4620-4d17-9830-ac1d859eb5d5"}}]}""", StringComparison.Ordinal);

        var errors = OrukSchemas.Validate("service", json);

        Assert.Contains(errors, e => e.Contains("location_type", StringComparison.Ordinal) && e.Contains("PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public void Id_that_is_not_a_uuid_is_invalid()
    {
        var errors = OrukSchemas.Validate("service", ValidService.Replace("ac148810-d857-441c-9679-408f346de14b", "service-1", StringComparison.Ordinal));

        Assert.Contains(errors, e => e.Contains("Uuid", StringComparison.OrdinalIgnoreCase) || e.Contains("Guid", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Page_with_an_invalid_item_is_invalid()
    {
        var page = """{"total_items":1,"total_pages":1,"page_number":1,"size":1,"first_page":true,"last_page":true,"empty":false,"contents":[{"name":"No id","status":"active"}]}""";

        Assert.NotEmpty(OrukSchemas.Validate("service_list", page));
        Assert.Empty(OrukSchemas.Validate("service_list", page.Replace("{\"name\"", "{\"id\":\"ac148810-d857-441c-9679-408f346de14b\",\"name\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Page_envelope_of_the_wrong_type_is_invalid()
    {
        var errors = OrukSchemas.Validate("taxonomy_list", """{"total_items":"ten","empty":false,"contents":[]}""");

        Assert.Contains(errors, e => e.Contains("total_items", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_with_local_references_resolves_them()
    {
        var errors = OrukSchemas.Validate("taxonomy", """{"id":"5c4d79d7-cc55-470e-9f1f-8cad074e4892","name":"n","description":"d","taxonomy_terms":[{"id":"3f7b145d-84af-42d7-8fae-eaca714b02b2","name":"n"}]}""");

        Assert.Contains(errors, e => e.Contains("description", StringComparison.Ordinal) && e.Contains("PropertyRequired", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_schema_name_fails_clearly()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => OrukSchemas.Validate("no_such_thing", "{}"));

        Assert.Contains("no_such_thing", failure.Message, StringComparison.Ordinal);
    }
}
