using System.Text.Json;
using Linkwell.Domain.Directory.Oruk;

namespace Linkwell.Domain.Tests.Directory;

public sealed class OrukJsonTests
{
    [Fact]
    public void Names_are_oruk_snake_case_and_nulls_and_empty_lists_are_not_written()
    {
        var service = new OrukService { Id = "s1", Name = "Walking group", Status = OrukCodes.Active, AssuredDate = new DateOnly(2026, 3, 2) };

        var json = OrukJson.Serialize(service);

        Assert.Equal("""{"id":"s1","name":"Walking group","status":"active","assured_date":"2026-03-02"}""", json);
    }

    [Fact]
    public void Irregular_names_keep_the_standard_spelling()
    {
        var address = new OrukAddress { Id = "a1", Address1 = "1 Main Street", Address2 = "Flat 2" };
        var schedule = new OrukSchedule { Id = "s1", DtStart = new DateOnly(2026, 1, 5), ByDay = "MO", ByMonthDay = "1", ByWeekNo = "2", ByYearDay = "3" };

        var json = OrukJson.Serialize(address) + OrukJson.Serialize(schedule);

        foreach (var name in new[] { "address_1", "address_2", "dtstart", "byday", "bymonthday", "byweekno", "byyearday" })
        {
            Assert.Contains($"\"{name}\":", json, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Times_are_written_with_seconds_and_read_with_or_without_them()
    {
        var schedule = OrukJson.Deserialize<OrukSchedule>("""{"id":"s1","opens_at":"09:30","closes_at":"17:00:00"}""");

        Assert.Equal(new TimeOnly(9, 30), schedule.OpensAt);
        Assert.Contains("\"opens_at\":\"09:30:00\",\"closes_at\":\"17:00:00\"", OrukJson.Serialize(schedule), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-03-15T10:30:45.123Z", "2023-03-15T10:30:45.123Z")]
    [InlineData("2023-03-15T10:30:45Z", "2023-03-15T10:30:45Z")]
    [InlineData("2023-03-15T10:30:45+01:00", "2023-03-15T10:30:45+01:00")]
    public void Date_times_keep_their_form_with_z_for_utc(string read, string written)
    {
        var service = OrukJson.Deserialize<OrukService>($$"""{"id":"s1","last_modified":"{{read}}"}""");

        Assert.Contains($"\"last_modified\":\"{written}\"", OrukJson.Serialize(service), StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_written_as_strings_are_read()
    {
        var service = OrukJson.Deserialize<OrukService>("""{"id":"s1","minimum_age":"12","maximum_age":100}""");

        Assert.Equal(12m, service.MinimumAge);
        Assert.Contains("\"minimum_age\":12,", OrukJson.Serialize(service), StringComparison.Ordinal);
    }

    [Fact]
    public void Null_list_is_read_as_empty()
    {
        var service = OrukJson.Deserialize<OrukService>("""{"id":"s1","schedules":null,"contacts":null}""");

        Assert.Empty(service.Schedules);
        Assert.Empty(service.Contacts);
    }

    [Fact]
    public void Malformed_value_is_a_json_exception()
    {
        Assert.Throws<JsonException>(() => OrukJson.Deserialize<OrukSchedule>("""{"id":"s1","opens_at":"nine"}"""));
        Assert.Throws<JsonException>(() => OrukJson.Deserialize<OrukService>("""{"id":"s1","assured_date":"31/12/2024"}"""));
    }

    [Fact]
    public void Empty_page_still_has_its_contents()
    {
        var page = OrukPage.Create(Array.Empty<OrukService>(), totalItems: 0, pageNumber: 1, perPage: 10);

        var json = OrukJson.Serialize(page);

        Assert.Equal("""{"total_items":0,"total_pages":0,"page_number":1,"size":0,"first_page":true,"last_page":true,"empty":true,"contents":[]}""", json);
        Assert.Empty(OrukSchemas.Validate("service_list", json));
    }

    [Theory]
    [InlineData(25, 1, 10, 10, 3, true, false)]
    [InlineData(25, 2, 10, 10, 3, false, false)]
    [InlineData(25, 3, 10, 5, 3, false, true)]
    [InlineData(10, 1, 10, 10, 1, true, true)]
    public void Page_says_where_it_stands(int total, int number, int perPage, int onPage, int pages, bool first, bool last)
    {
        var page = OrukPage.Create(Enumerable.Range(0, onPage), total, number, perPage);

        Assert.Equal((pages, onPage, first, last, false), (page.TotalPages, page.Size, page.FirstPage, page.LastPage, page.Empty));
    }
}
