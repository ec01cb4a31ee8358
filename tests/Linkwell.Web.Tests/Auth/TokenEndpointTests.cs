using System.Net;
using System.Text.Json;
using Linkwell.Web.Auth;

namespace Linkwell.Web.Tests.Auth;

public sealed class TokenEndpointTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Good_credentials_get_a_bearer_token_for_fifteen_minutes()
    {
        var scheme = await app.NewSchemeAsync();

        using var response = await app.RequestTokenAsync(scheme.ClientId, scheme.ClientSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("access_token").GetString()));
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
        Assert.Equal(900, json.GetProperty("expires_in").GetInt32());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_wrong_secret_gets_401_invalid_client()
    {
        var scheme = await app.NewSchemeAsync();

        using var response = await app.RequestTokenAsync(scheme.ClientId, scheme.ClientSecret + "x");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task An_unknown_client_gets_401_invalid_client()
    {
        using var response = await app.RequestTokenAsync("lw_0000000000000000", "not-a-secret");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_grant_type_other_than_client_credentials_gets_400_unsupported_grant_type()
    {
        var scheme = await app.NewSchemeAsync();

        using var response = await app.RequestTokenAsync(scheme.ClientId, scheme.ClientSecret, grantType: "password");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("unsupported_grant_type", (await response.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_revoked_client_gets_401()
    {
        var scheme = await app.NewSchemeAsync();
        await app.WithDbAsync(async db =>
        {
            var client = db.ApiClients.Single(c => c.ClientId == scheme.ClientId);
            client.Revoke(DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        using var response = await app.RequestTokenAsync(scheme.ClientId, scheme.ClientSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", (await response.JsonAsync()).GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_token_carries_only_the_scopes_the_client_holds()
    {
        var scheme = await app.NewSchemeAsync(ApiScopes.ReferralsRead);

        using var response = await app.RequestTokenAsync(scheme.ClientId, scheme.ClientSecret);

        var json = await response.JsonAsync();
        Assert.Equal(ApiScopes.ReferralsRead, json.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.String, json.GetProperty("access_token").ValueKind);
    }
}
