using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Referrals;

/// <summary>Bad input is a 400 ValidationProblem naming each field by its JSON path, never a 500.</summary>
public sealed class ReferralValidationTests(LinkwellApp app) : IClassFixture<LinkwellApp>, IAsyncLifetime
{
    private TestScheme _scheme = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _scheme = await app.NewSchemeAsync();
        _http = await _scheme.ApiAsync();
    }

    public Task DisposeAsync()
    {
        _http.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("94347659")] // too short
    [InlineData("94347659190")] // too long
    [InlineData("٩٤٣٤٧٦٥٩١٩")] // Arabic-Indic digits
    [InlineData("9434765918")] // fails the check digit
    [InlineData("1111111111")] // all the same digit
    public async Task An_invalid_nhs_number_is_named_under_person_nhsNumber(string nhsNumber)
    {
        var body = _scheme.ValidReferral(nhsNumber);

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(["person.nhsNumber"], fields);
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_named_under_person_dateOfBirth()
    {
        var body = _scheme.ValidReferral();
        body["person"]!["dateOfBirth"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(["person.dateOfBirth"], fields);
    }

    [Fact]
    public async Task An_unknown_practice_is_named_under_practiceOdsCode()
    {
        var body = _scheme.ValidReferral();
        body["practiceOdsCode"] = "Z99999";

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(["practiceOdsCode"], fields);
    }

    [Fact]
    public async Task Another_schemes_practice_is_named_under_practiceOdsCode()
    {
        var other = await app.NewSchemeAsync();
        var body = _scheme.ValidReferral();
        body["practiceOdsCode"] = other.PracticeOdsCode;

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(["practiceOdsCode"], fields);
    }

    [Fact]
    public async Task Neither_no_known_risks_nor_a_risk_is_named_under_risks()
    {
        var body = _scheme.ValidReferral();
        body["noKnownRisks"] = false;

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(["risks"], fields);
    }

    [Fact]
    public async Task Every_mistake_is_named_at_once()
    {
        var body = _scheme.ValidReferral("9434765918");
        body["practiceOdsCode"] = "Z99999";
        body["noKnownRisks"] = false;
        body["reason"] = " ";
        body["referrer"]!["email"] = "not an address";

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(
            ["person.nhsNumber", "practiceOdsCode", "reason", "referrer.email", "risks"],
            fields.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("urgency", "42", "urgency")]
    [InlineData("urgency", "\"Whenever\"", "urgency")]
    [InlineData("needs", "\"x\"", "needs")]
    [InlineData("noKnownRisks", "\"yes\"", "noKnownRisks")]
    [InlineData("person", "[]", "person")]
    public async Task A_value_of_the_wrong_type_is_a_400_naming_its_path(string property, string rawValue, string expectedField)
    {
        var body = _scheme.ValidReferral();
        body[property] = JsonNode.Parse(rawValue);

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Contains(expectedField, fields);
    }

    [Fact]
    public async Task A_wrong_type_deep_in_the_body_is_named_by_its_full_path()
    {
        var body = _scheme.ValidReferral();
        body["person"]!["preferredContactMethod"] = 7;

        var fields = await PostExpectingValidationProblemAsync(body);

        Assert.Equal(["person.preferredContactMethod"], fields);
    }

    [Theory]
    [InlineData("{\"person\": ")]
    [InlineData("not json at all")]
    [InlineData("")]
    [InlineData("null")]
    public async Task Malformed_json_is_a_400_never_a_500(string json)
    {
        using var response = await _http.PostRawReferralAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.ErrorFieldsAsync());
    }

    [Fact]
    public async Task A_referral_with_mistakes_saves_nothing()
    {
        var body = _scheme.ValidReferral("1111111111");

        await PostExpectingValidationProblemAsync(body);

        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchemeId == _scheme.Id)));
    }

    private async Task<IReadOnlyList<string>> PostExpectingValidationProblemAsync(JsonNode body)
    {
        using var response = await _http.PostReferralAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.ErrorFieldsAsync();
    }
}
