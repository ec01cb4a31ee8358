using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkwell.Web.Tests;

/// <summary>The API calls tests make, written once.</summary>
public static class ApiCalls
{
    public static readonly Uri Referrals = new("/api/v1/referrals", UriKind.Relative);

    public static Task<HttpResponseMessage> PostReferralAsync(this HttpClient http, JsonNode body, string? idempotencyKey = null) =>
        http.PostRawReferralAsync(body.ToJsonString(), idempotencyKey);

    public static async Task<HttpResponseMessage> PostRawReferralAsync(this HttpClient http, string json, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Referrals)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await http.SendAsync(request);
    }

    public static Task<HttpResponseMessage> GetReferralAsync(this HttpClient http, Guid id) =>
        http.GetAsync(new Uri($"/api/v1/referrals/{id}", UriKind.Relative));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>Creates a referral that must succeed; returns its id and reference.</summary>
    public static async Task<(Guid Id, string Reference)> CreateReferralAsync(this HttpClient http, JsonNode body)
    {
        using var response = await http.PostReferralAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {text}");
        var json = JsonDocument.Parse(text).RootElement;
        return (json.GetProperty("id").GetGuid(), json.GetProperty("reference").GetString()!);
    }

    /// <summary>The field names of a 400 ValidationProblem's "errors".</summary>
    public static async Task<IReadOnlyList<string>> ErrorFieldsAsync(this HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return [.. json.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }
}
