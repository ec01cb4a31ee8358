using System.Net;
using System.Text.Json.Nodes;
using Linkwell.Web.Auth;

namespace Linkwell.Web.Tests.Referrals;

/// <summary>
/// The body limit is Kestrel's (Composition.MaxRequestBodyBytes), so this fixture runs the app on real
/// Kestrel on a loopback port rather than the in-memory test server, which has no such limit.
/// </summary>
public sealed class LinkwellAppOnKestrel : LinkwellApp
{
    public LinkwellAppOnKestrel() => UseKestrel(0);
}

public sealed class RequestSizeTests(LinkwellAppOnKestrel app) : IClassFixture<LinkwellAppOnKestrel>
{
    [Fact]
    public async Task A_body_over_256_KiB_gets_413()
    {
        var scheme = await app.NewSchemeAsync(ApiScopes.All.ToArray());
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        body["reason"] = new string('a', (int)Composition.MaxRequestBodyBytes + 1024);

        using var response = await http.PostReferralAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, (await response.JsonAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        body["reason"] = new string('a', 200 * 1024);
        body["noKnownRisks"] = JsonValue.Create(false);

        using var response = await http.PostReferralAsync(body);

        // Read and validated (a 400 naming "risks"), not refused for its size.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["risks"], await response.ErrorFieldsAsync());
    }
}
