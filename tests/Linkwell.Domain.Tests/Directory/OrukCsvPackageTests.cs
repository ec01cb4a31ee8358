using System.Text;
using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Oruk.Csv;

namespace Linkwell.Domain.Tests.Directory;

public sealed class OrukCsvPackageTests
{
    private const string OrganizationId = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610";
    private const string ServiceId = "ac148810-d857-441c-9679-408f346de14b";
    private const string TermId = "3f7b145d-84af-42d7-8fae-eaca714b02b2";

    private static string ExampleFolder => Path.Combine(OrukSchemas.Folder, "examples", "csv");

    [Fact]
    public void Example_package_reads_its_organization_service_taxonomy_and_term()
    {
        var result = OrukCsvPackage.ReadFolder(ExampleFolder);

        Assert.Equal(OrganizationId, Assert.Single(result.Organizations).Id);
        var service = Assert.Single(result.Services);
        Assert.Equal(ServiceId, service.Id);
        Assert.Same(result.Organizations[0], service.Organization);
        Assert.Single(result.Taxonomies);
        Assert.Equal(TermId, Assert.Single(result.TaxonomyTerms).Id);
    }

    [Fact]
    public void Example_package_reports_exactly_the_two_broken_links_it_really_has()
    {
        var result = OrukCsvPackage.ReadFolder(ExampleFolder);

        // The term's taxonomy_id is not the id in taxonomies.csv, and the attribute's link_id is no row's id.
        Assert.Collection(
            result.Problems,
            p => Assert.Equal(("taxonomy_terms.csv", 2, TermId), (p.File, p.Row, p.RecordId)),
            p => Assert.Equal(("attribute.csv", 2, "ae58cc39-8b70-4ab1-8aea-786882e5ac8e"), (p.File, p.Row, p.RecordId)));
        Assert.Contains("taxonomy_id '07ff6aee-a219-438c-b694-d2fcb6c5373b' matches no taxonomy; term kept", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("link_id 'f28dd44b-0c4d-479f-8e90-4c52219a8b3c' matches no", result.Problems[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Example_package_service_holds_every_value_of_the_example_full_service()
    {
        var service = OrukCsvPackage.ReadFolder(ExampleFolder).Services.Single();
        var expected = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(Path.Combine(OrukSchemas.Folder, "examples", "service_full.json")))!;
        expected.Remove("attributes"); // its row in attribute.csv links to no service

        var missing = JsonTrees.Missing(JsonSerializer.Serialize(expected), OrukJson.Serialize(service));

        Assert.Empty(missing);
    }

    [Fact]
    public void Example_package_nests_phones_languages_and_the_hsds_tables()
    {
        var result = OrukCsvPackage.ReadFolder(ExampleFolder);
        var service = result.Services.Single();

        var phone = Assert.Single(Assert.Single(service.Contacts).Phones);
        Assert.Equal("\"+44 1234 234567\"", phone.Number);
        Assert.Same(Assert.Single(service.Languages), Assert.Single(phone.Languages));
        Assert.Single(service.RequiredDocuments);
        Assert.Single(result.Organizations[0].Programs);
        Assert.Same(result.Taxonomies[0], result.Taxonomies.Single());
    }

    [Fact]
    public void Full_services_and_organizations_read_from_the_example_validate()
    {
        var result = OrukCsvPackage.ReadFolder(ExampleFolder);

        Assert.Empty(OrukSchemas.Validate("service", OrukJson.Serialize(result.Services[0])));
        Assert.Empty(OrukSchemas.Validate("organization", OrukJson.Serialize(result.Organizations[0])));
        Assert.Empty(OrukSchemas.Validate("taxonomy_term", OrukJson.Serialize(result.TaxonomyTerms[0])));
    }

    [Fact]
    public void Written_package_reads_back_equal()
    {
        var read = OrukCsvPackage.ReadFolder(ExampleFolder);

        var files = Write(read);
        var reread = OrukCsvPackage.Read(Open(files));

        Assert.Equal(JsonTrees.Canonical(Json(read)), JsonTrees.Canonical(Json(reread)));
        Assert.Equal(read.Problems[0] with { Reason = "" }, Assert.Single(reread.Problems) with { Reason = "" });
    }

    [Fact]
    public void Written_package_has_the_standard_files_and_columns_and_declares_them()
    {
        var files = Write(OrukCsvPackage.ReadFolder(ExampleFolder));

        using var standard = JsonDocument.Parse(File.ReadAllText(Path.Combine(OrukSchemas.Folder, "datapackage.json")));
        using var written = JsonDocument.Parse(files[OrukCsvPackage.DataPackageFile]);
        var declared = written.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        foreach (var resource in standard.RootElement.GetProperty("resources").EnumerateArray())
        {
            var path = resource.GetProperty("path").GetString()!;
            var header = CsvFormat.ReadRecords(files[path])[0].Fields;
            var standardFields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!);
            Assert.Equal(path, declared[resource.GetProperty("name").GetString()!].GetProperty("path").GetString());
            Assert.Empty(standardFields.Except(header));
        }

        Assert.Equal(declared.Count + 1, files.Count);
    }

    [Fact]
    public void Model_built_without_link_ids_is_written_with_them_from_its_nesting()
    {
        var term = new OrukTaxonomyTerm { Id = TermId, Name = "Walking", Description = "Walking groups" };
        var organization = new OrukOrganization { Id = OrganizationId, Name = "Leeds Walks", Description = "Walks" };
        var service = new OrukService
        {
            Id = ServiceId,
            Name = "Tuesday walk",
            Status = OrukCodes.Active,
            Organization = organization,
            Contacts = [new OrukContact { Id = "c1", Name = "Sam", Phones = [new OrukPhone { Id = "p1", Number = "0113 496 0000" }] }],
            Attributes = [new OrukAttribute { Id = "a1", TaxonomyTerm = term }],
            ServiceAtLocations = [new OrukServiceAtLocation { Id = "sl1", Location = new OrukLocation { Id = "l1", LocationType = OrukCodes.Virtual, Name = "Park" } }],
        };

        var reread = OrukCsvPackage.Read(Open(Write(new OrukDataSet { Services = [service] })));

        Assert.Empty(reread.Problems);
        var back = Assert.Single(reread.Services);
        Assert.Equal(OrganizationId, back.Organization?.Id);
        Assert.Equal("p1", Assert.Single(Assert.Single(back.Contacts).Phones).Id);
        Assert.Equal(TermId, Assert.Single(back.Attributes).TaxonomyTerm?.Id);
        Assert.Equal("Park", Assert.Single(back.ServiceAtLocations).Location?.Name);
    }

    [Fact]
    public void Every_table_and_hsds_column_round_trips()
    {
        var read = OrukCsvPackage.Read(Open(Write(Everything())));

        var reread = OrukCsvPackage.Read(Open(Write(read)));

        Assert.Empty(read.Problems);
        Assert.Empty(reread.Problems);
        Assert.Equal(JsonTrees.Canonical(Json(read)), JsonTrees.Canonical(Json(reread)));
        Assert.Empty(JsonTrees.Missing(Json(Everything()), Json(read)));
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_row_and_reason_while_good_rows_load()
    {
        var files = Package(
            ("services.csv",
                $"""
                id,organization_id,name,status,assured_date
                {ServiceId},{OrganizationId},Good service,active,2026-01-31
                22222222-2222-2222-2222-222222222222,99999999-9999-9999-9999-999999999999,Orphan,active,
                33333333-3333-3333-3333-333333333333,{OrganizationId},Bad date,active,31/01/2026
                """),
            ("attribute.csv",
                $"""
                id,link_id,taxonomy_term_id,link_type
                44444444-4444-4444-4444-444444444444,{ServiceId},{TermId},
                55555555-5555-5555-5555-555555555555,{ServiceId},66666666-6666-6666-6666-666666666666,
                """));

        var result = OrukCsvPackage.Read(files);

        Assert.Equal("Good service", Assert.Single(result.Services).Name);
        Assert.Equal(TermId, Assert.Single(result.Services[0].Attributes).TaxonomyTerm?.Id);
        Assert.Collection(
            result.Problems,
            p => AssertProblem(p, "services.csv", 4, "assured_date '31/01/2026' is not a date (yyyy-MM-dd); row skipped"),
            p => AssertProblem(p, "services.csv", 3, "organization_id '99999999-9999-9999-9999-999999999999' matches no organization; row skipped"),
            p => AssertProblem(p, "attribute.csv", 3, "taxonomy_term_id '66666666-6666-6666-6666-666666666666' matches no taxonomy term; row skipped"));
    }

    [Fact]
    public void Rows_of_a_skipped_service_are_reported_too()
    {
        var files = Package(
            ("services.csv", "id,organization_id,name,status\n22222222-2222-2222-2222-222222222222,99999999-9999-9999-9999-999999999999,Orphan,active\n"),
            ("contacts.csv", "id,service_id,name\n77777777-7777-7777-7777-777777777777,22222222-2222-2222-2222-222222222222,Sam\n"));

        var result = OrukCsvPackage.Read(files);

        AssertProblem(result.Problems[^1], "contacts.csv", 2, "service_id '22222222-2222-2222-2222-222222222222' matches no service; row skipped");
    }

    [Theory]
    [InlineData("s1,,Name,active", "organization_id is empty; row skipped")]
    [InlineData("s1,org,,active", "name is empty; row skipped")]
    [InlineData("s1,org,Name,open", "status 'open' is not one of active, inactive, defunct, temporarily closed; row skipped")]
    [InlineData("s1,org,Name,active,extra", "it has 5 fields but the header has 4; row skipped")]
    public void Row_with_a_missing_or_wrong_value_is_skipped_with_the_reason(string row, string reason)
    {
        var result = OrukCsvPackage.Read(Package(("services.csv", $"id,organization_id,name,status\n{row}\n")));

        Assert.Empty(result.Services);
        AssertProblem(Assert.Single(result.Problems), "services.csv", 2, reason);
    }

    [Fact]
    public void Row_repeating_an_id_is_skipped()
    {
        var result = OrukCsvPackage.Read(Package(("services.csv", "id,organization_id,name,status\ns1,org,First,active\ns1,org,Second,active\n")));

        Assert.Equal("First", Assert.Single(result.Services).Name);
        AssertProblem(Assert.Single(result.Problems), "services.csv", 3, "row 2 has the same id; row skipped");
    }

    [Fact]
    public void File_missing_a_required_column_is_reported_once()
    {
        var result = OrukCsvPackage.Read(Package(("services.csv", "id,organization_id,name\ns1,org,First\n")));

        Assert.Empty(result.Services);
        AssertProblem(Assert.Single(result.Problems), "services.csv", 1, "the header has no status column, which is required; no rows read");
    }

    [Fact]
    public void Files_are_found_under_the_variant_names_and_the_paths_datapackage_declares()
    {
        var files = Package(
            ("services.csv", null),
            ("my-services.csv", "id,organization_id,name,status\ns1,org,Declared,active\n"),
            ("datapackage.json", """{"resources":[{"name":"service","path":"my-services.csv"}]}"""),
            ("locations.csv", "id,location_type\nl1,physical\n"),
            ("service_at_location.csv", "id,service_id,location_id\nsl1,s1,l1\n"),
            ("addresses.csv", "id,location_id,address_1,address_2,city,state_province,postal_code,country,address_type\nad1,l1,1 Main St,Flat 2,Leeds,West Yorkshire,LS1 4AP,GB,physical\n"));

        var result = OrukCsvPackage.Read(files);

        Assert.Empty(result.Problems);
        var address = Assert.Single(Assert.Single(Assert.Single(result.Services).ServiceAtLocations).Location!.Addresses);
        Assert.Equal("Flat 2", address.Address2);
    }

    [Fact]
    public void Package_without_services_says_so()
    {
        var result = OrukCsvPackage.Read(_ => null);

        Assert.Equal(["organizations.csv: the package has no such file", "services.csv: the package has no such file"], result.Problems.Select(p => p.ToString()));
    }

    /// <summary>A data set using every table, every HSDS column and every place an attribute can hang.</summary>
    private static OrukDataSet Everything()
    {
        var taxonomy = new OrukTaxonomy { Id = "t1", Name = "Needs", Description = "What people need", Version = "1" };
        var term = new OrukTaxonomyTerm { Id = TermId, Name = "Walking", Description = "Walking groups", TaxonomyId = "t1", ParentId = "t0" };
        taxonomy.TaxonomyTerms.Add(term);
        OrukAttribute Tag(string id) => new() { Id = id, TaxonomyTerm = term, LinkType = "tag" };
        var program = new OrukProgram { Id = "pr1", Name = "Active Leeds", AlternateName = "AL", Description = "Moving more" };
        var organization = new OrukOrganization
        {
            Id = OrganizationId,
            Name = "Leeds Walks",
            Description = "Walks, talks & \"tea\"",
            Email = "hello@example.org",
            OrganizationIdentifiers = [new OrukOrganizationIdentifier { Id = "oi1", IdentifierScheme = "GB-CHC", IdentifierType = "Charity number", Identifier = "123", Attributes = [Tag("at1")] }],
            Attributes = [Tag("at2")],
            Programs = [program],
            AdditionalWebsites = [new OrukUrl { Id = "u1", Label = "Blog", Url = "https://example.org/blog" }],
        };
        var location = new OrukLocation
        {
            Id = "l1",
            LocationType = OrukCodes.Physical,
            Name = "Roundhay Park",
            Latitude = 53.8396m,
            Longitude = -1.4986m,
            Addresses = [new OrukAddress { Id = "ad1", Address1 = "Mansion Lane", Address2 = "Roundhay", City = "Leeds", StateProvince = "West Yorkshire", PostalCode = "LS8 2HH", Country = "GB", AddressType = OrukCodes.Physical, Attributes = [Tag("at3")] }],
            Accessibility = [new OrukAccessibility { Id = "ac1", Description = "Step-free paths", Attributes = [Tag("at4")] }],
            Attributes = [Tag("at5")],
            Phones = [new OrukPhone { Id = "p2", Number = "0113 496 0001" }],
            Schedules = [new OrukSchedule { Id = "sc3", Freq = OrukCodes.Monthly, ByMonthDay = "1", OpensAt = new TimeOnly(8, 0) }],
            Languages = [new OrukLanguage { Id = "la2", Name = "Polish", Code = "pl" }],
        };
        var service = new OrukService
        {
            Id = ServiceId,
            Name = "Tuesday walk",
            Description = "A gentle walk,\nthen tea.",
            Status = OrukCodes.TemporarilyClosed,
            MinimumAge = 18,
            AssuredDate = new DateOnly(2026, 2, 1),
            LastModified = new DateTimeOffset(2026, 2, 1, 9, 30, 15, 250, TimeSpan.Zero),
            Organization = organization,
            Program = program,
            ServiceAtLocations =
            [
                new OrukServiceAtLocation { Id = "sl1", Location = location, Schedules = [new OrukSchedule { Id = "sc2", Description = "Summer only" }] },
            ],
            Schedules =
            [
                new OrukSchedule
                {
                    Id = "sc1", ValidFrom = new DateOnly(2026, 1, 1), ValidTo = new DateOnly(2026, 12, 31), DtStart = new DateOnly(2026, 1, 6),
                    Timezone = 0, Until = "2026-12-29", Count = 52, Wkst = "MO", Freq = OrukCodes.Weekly, Interval = 1, ByDay = "TU",
                    ByWeekNo = "1,2", ByYearDay = "6", OpensAt = new TimeOnly(10, 0), ClosesAt = new TimeOnly(11, 30, 15), Notes = "Bring water",
                },
            ],
            ServiceAreas = [new OrukServiceArea { Id = "sa1", Name = "Leeds", ExtentType = "postcode", Extent = "LS8" }],
            Languages = [new OrukLanguage { Id = "la1", Name = "English", Code = "en", Note = "Spoken" }],
            Funding = [new OrukFunding { Id = "f1", Source = "Council" }],
            CostOptions = [new OrukCostOption { Id = "co1", Option = "Adults", Amount = 2.50m, ValidFrom = new DateOnly(2026, 1, 1) }],
            Contacts = [new OrukContact { Id = "c1", Name = "Sam", Title = "Walk leader", Attributes = [Tag("at6")], Phones = [new OrukPhone { Id = "p1", Number = "0113 496 0000", Languages = [new OrukLanguage { Id = "la3", Code = "cy" }] }] }],
            Attributes = [Tag("at7")],
            Phones = [new OrukPhone { Id = "p3", Number = "0800 000 000", Description = "Freephone" }],
            RequiredDocuments = [new OrukRequiredDocument { Id = "rd1", Document = "None" }],
            AdditionalUrls = [new OrukUrl { Id = "u2", Url = "https://example.org/walks" }],
            Metadata = [new OrukMetadata { Id = "m1", LastActionDate = new DateOnly(2026, 2, 1), LastActionType = "update", FieldName = "name", PreviousValue = "Walk", ReplacementValue = "Tuesday walk", UpdatedBy = "Jo" }],
        };
        return new OrukDataSet { Organizations = [organization], Services = [service], Taxonomies = [taxonomy], TaxonomyTerms = [term] };
    }

    private static void AssertProblem(OrukCsvProblem problem, string file, int row, string reason) =>
        Assert.Equal((file, row, reason), (problem.File, problem.Row, problem.Reason));

    /// <summary>A package of the given files, with one organisation unless organizations.csv is given; a null text leaves a file out.</summary>
    private static Func<string, Stream?> Package(params (string Name, string? Text)[] files)
    {
        var all = new Dictionary<string, string?>
        {
            ["organizations.csv"] = $"id,name,description\n{OrganizationId},Leeds Walks,Walks\norg,Other,Other\n",
            ["taxonomy_terms.csv"] = $"id,name,description\n{TermId},Walking,Walking groups\n",
        };
        foreach (var (name, text) in files)
        {
            all[name] = text;
        }

        return Open(all.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!));
    }

    private static Func<string, Stream?> Open(Dictionary<string, string> files) =>
        name => files.TryGetValue(name, out var text) ? new MemoryStream(Encoding.UTF8.GetBytes(text)) : null;

    private static Dictionary<string, string> Write(OrukDataSet data)
    {
        var streams = new Dictionary<string, MemoryStream>();
        OrukCsvPackage.Write(data, name => streams[name] = new MemoryStream());
        return streams.ToDictionary(s => s.Key, s => Encoding.UTF8.GetString(s.Value.ToArray()));
    }

    private static string Json(OrukDataSet data) => OrukJson.Serialize(new OrukDataSet
    {
        Organizations = data.Organizations,
        Services = data.Services,
        Taxonomies = data.Taxonomies,
        TaxonomyTerms = data.TaxonomyTerms,
    });
}
