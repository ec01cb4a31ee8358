using System.Net;
using System.Text.RegularExpressions;
using Linkwell.Web.Auth;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Referrals;

public sealed partial class ReferralsApiTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Posting_a_referral_without_a_token_gets_401_as_problem_details()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = app.CreateClient();

        using var response = await http.PostReferralAsync(scheme.ValidReferral());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(401, (await response.JsonAsync()).GetProperty("status").GetInt32());
        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchemeId == scheme.Id)));
    }

    [Fact]
    public async Task Posting_a_referral_with_a_token_lacking_referrals_write_gets_403()
    {
        var scheme = await app.NewSchemeAsync(ApiScopes.ReferralsRead);
        using var http = await scheme.ApiAsync();

        using var response = await http.PostReferralAsync(scheme.ValidReferral());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchemeId == scheme.Id)));
    }

    [Fact]
    public async Task A_valid_referral_is_created_with_a_location_and_a_readable_reference()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();

        using var response = await http.PostReferralAsync(scheme.ValidReferral());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.JsonAsync();
        var id = json.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/referrals/{id}", response.Headers.Location?.OriginalString);
        Assert.Matches(ReferenceFormat(), json.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task A_created_referral_reads_back_awaiting_triage_with_a_received_timeline_entry()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, reference) = await http.CreateReferralAsync(scheme.ValidReferral());

        using var response = await http.GetReferralAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal(id, json.GetProperty("id").GetGuid());
        Assert.Equal(reference, json.GetProperty("reference").GetString());
        Assert.Equal("AwaitingTriage", json.GetProperty("status").GetString());
        var entry = Assert.Single(json.GetProperty("timeline").EnumerateArray());
        Assert.Equal("Received", entry.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Retrying_with_the_same_idempotency_key_returns_the_same_referral_and_creates_one()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        var key = Guid.NewGuid().ToString();

        using var first = await http.PostReferralAsync(body, key);
        using var second = await http.PostReferralAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var firstId = (await first.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Equal(firstId, (await second.JsonAsync()).GetProperty("id").GetGuid());
        Assert.Equal(1, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchemeId == scheme.Id)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Outbox.CountAsync(m => m.To == body["referrer"]!["email"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Reusing_an_idempotency_key_with_a_different_body_gets_422()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var key = Guid.NewGuid().ToString();
        var body = scheme.ValidReferral();
        using var first = await http.PostReferralAsync(body, key);
        body["reason"] = "Something else entirely.";

        using var second = await http.PostReferralAsync(body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Referrals.CountAsync(r => r.SchemeId == scheme.Id)));
    }

    [Fact]
    public async Task Another_schemes_client_gets_404_not_403_for_a_referral()
    {
        var ours = await app.NewSchemeAsync();
        var theirs = await app.NewSchemeAsync();
        using var ourApi = await ours.ApiAsync();
        using var theirApi = await theirs.ApiAsync();
        var (id, _) = await ourApi.CreateReferralAsync(ours.ValidReferral());

        using var response = await theirApi.GetReferralAsync(id);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var own = await ourApi.GetReferralAsync(id);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task An_unknown_referral_id_gets_404()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();

        using var response = await http.GetReferralAsync(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("^LW-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$")]
    private static partial Regex ReferenceFormat();
}
