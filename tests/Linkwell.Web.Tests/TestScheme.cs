using System.Text.Json.Nodes;
using Linkwell.Domain.Schemes;
using Linkwell.Web.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests;

/// <summary>
/// A scheme of its own for a test: one GP practice, a link worker, and an API client. Made through the
/// application's own services, so the data is what the app itself would write.
/// </summary>
public sealed class TestScheme
{
    public const string Password = "Correct-Horse-Battery-9";

    private static int _sequence = 10000;

    private TestScheme(LinkwellApp app, Guid id, string name, string practiceOdsCode)
    {
        App = app;
        Id = id;
        Name = name;
        PracticeOdsCode = practiceOdsCode;
    }

    public LinkwellApp App { get; }

    public Guid Id { get; }

    public string Name { get; }

    public string PracticeOdsCode { get; }

    public string ClientId { get; private set; } = string.Empty;

    public string ClientSecret { get; private set; } = string.Empty;

    public string LinkWorkerId { get; private set; } = string.Empty;

    public string LinkWorkerName { get; private set; } = string.Empty;

    public string LinkWorkerEmail { get; private set; } = string.Empty;

    public static async Task<TestScheme> CreateAsync(LinkwellApp app, IEnumerable<string> scopes)
    {
        var n = Interlocked.Increment(ref _sequence);
        var name = $"Test scheme {n} {Guid.NewGuid():N}";
        var scheme = Scheme.Create(name, "Test PCN", ["LS1"], $"scheme{n}@example.org");
        var practice = GpPractice.Create($"T{n % 100000:D5}", $"Practice {n}", scheme.Id, "LS1 4AP");
        var result = new TestScheme(app, scheme.Id, name, practice.OdsCode);

        await using (var scope = app.WideScope(out var db))
        {
            db.Schemes.Add(scheme);
            db.Practices.Add(practice);
            await db.SaveChangesAsync();

            result.LinkWorkerEmail = $"worker{n}@example.org";
            result.LinkWorkerName = $"Link Worker {n}";
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var created = await accounts.CreateAsync(
                new NewAccount(result.LinkWorkerEmail, result.LinkWorkerName, scheme.Id, [Roles.LinkWorker], "Link worker", "Test PCN"), Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            result.LinkWorkerId = await db.Users.Where(u => u.Email == result.LinkWorkerEmail).Select(u => u.Id).SingleAsync();
        }

        (result.ClientId, result.ClientSecret) = await result.AddClientAsync(scopes);
        return result;
    }

    /// <summary>Registers another API client for this scheme; returns its id and secret.</summary>
    public async Task<(string ClientId, string Secret)> AddClientAsync(IEnumerable<string> scopes)
    {
        await using var scope = App.WideScope(out var db);
        var (client, secret) = ApiClient.Register($"Client for {Name}", Id, scopes, DateTime.UtcNow);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync();
        return (client.ClientId, secret);
    }

    /// <summary>An HttpClient holding a bearer token for this scheme's client.</summary>
    public Task<HttpClient> ApiAsync() => App.ApiAsync(ClientId, ClientSecret);

    /// <summary>A referral the API accepts, as JSON a test can change before sending.</summary>
    public JsonObject ValidReferral(string? nhsNumber = "9434765919") => new()
    {
        ["person"] = new JsonObject
        {
            ["givenName"] = "Ada",
            ["familyName"] = "Lovelace",
            ["dateOfBirth"] = "1950-12-10",
            ["nhsNumber"] = nhsNumber,
            ["postcode"] = "LS1 4AP",
            ["phone"] = "07700 900123",
            ["preferredContactMethod"] = "Phone",
        },
        ["practiceOdsCode"] = PracticeOdsCode,
        ["reason"] = "Feeling isolated since moving to the area.",
        ["needs"] = new JsonArray("Loneliness"),
        ["referrer"] = new JsonObject
        {
            ["name"] = "Dr Priya Shah",
            ["organisation"] = "Leeds City Medical Practice",
            ["email"] = $"referrer.{Guid.NewGuid():N}@example.org",
        },
        ["urgency"] = "Routine",
        ["noKnownRisks"] = true,
        ["consentGiven"] = true,
    };
}
