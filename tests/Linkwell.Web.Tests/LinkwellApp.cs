using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Email;
using Linkwell.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Linkwell.Web.Tests;

/// <summary>
/// The whole application in memory, on a database of its own with the real migrations (the app migrates
/// on start), sending e-mail through a real SMTP server on 127.0.0.1. SQLite in-memory by default; when
/// LINKWELL_TEST_POSTGRES holds a connection string, a fresh PostgreSQL database that is dropped afterwards.
/// One instance per test class (IClassFixture), so the host starts once per class.
/// </summary>
public class LinkwellApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PostgresVariable = "LINKWELL_TEST_POSTGRES";

    /// <summary>How long a test waits for something asynchronous (an e-mail) before failing.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string _dataFolder = Directory.CreateTempSubdirectory("linkwell-test-").FullName;
    private readonly string? _postgresServer = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server ? server : null;
    private readonly string _connectionString;
    private readonly SqliteConnection? _keepAlive;
    private bool _cleanedUp;

    public LinkwellApp()
    {
        if (_postgresServer is not null)
        {
            DatabaseName = $"lw_test_{Guid.NewGuid():N}";
            _connectionString = new NpgsqlConnectionStringBuilder(_postgresServer) { Database = DatabaseName }.ConnectionString;
        }
        else
        {
            DatabaseName = $"lw-{Guid.NewGuid()}";
            _connectionString = $"Data Source={DatabaseName};Mode=Memory;Cache=Shared";

            // A shared-cache in-memory database lives as long as one connection to it is open.
            _keepAlive = new SqliteConnection(_connectionString);
            _keepAlive.Open();
        }
    }

    public TestSmtpServer Smtp { get; } = new();

    public bool OnPostgres => _postgresServer is not null;

    public string DatabaseName { get; }

    /// <summary>False in fixtures that drive <see cref="OutboxSender.SendDueAsync"/> by hand.</summary>
    protected virtual bool SendEmailInBackground => true;

    /// <summary>Tests sign in far more often than people do; the limit itself has its own test host.</summary>
    protected virtual int SignInPerMinute => 10_000;

    public virtual Task InitializeAsync()
    {
        // Starts the host: the app migrates its database on the way up.
        _ = Services;
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cleanedUp)
        {
            return;
        }

        _cleanedUp = true;
        await Smtp.DisposeAsync();
        if (_keepAlive is not null)
        {
            await _keepAlive.DisposeAsync();
        }

        if (_postgresServer is not null)
        {
            await DropPostgresDatabaseAsync();
        }

        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system.
        }

        GC.SuppressFinalize(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Linkwell", _connectionString);
        builder.UseSetting("Database:Provider", OnPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Data:Folder", _dataFolder);
        builder.UseSetting("Email:Delivery", "Smtp");
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:SmtpSecurity", "None");
        builder.UseSetting("Email:PollInterval", "00:00:00.2");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!SendEmailInBackground)
        {
            builder.ConfigureTestServices(services =>
            {
                // The sender is registered as a hosted service through a factory; keep the singleton, drop the loop.
                var loops = services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null).ToList();
                foreach (var loop in loops)
                {
                    services.Remove(loop);
                }
            });
        }
    }

    /// <summary>A unit of work that sees every scheme, as background work does.</summary>
    public AsyncServiceScope WideScope(out AppDbContext db)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return scope;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = WideScope(out var db);
        return await work(db);
    }

    /// <summary>A scheme with a practice, a link worker and an API client holding <paramref name="scopes"/>.</summary>
    public Task<TestScheme> NewSchemeAsync(params string[] scopes) =>
        TestScheme.CreateAsync(this, scopes.Length == 0 ? ApiScopes.All : scopes);

    /// <summary>POST /connect/token with client credentials; returns the raw response.</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string grantType = "client_credentials")
    {
        using var http = CreateClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = grantType,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        });
        return await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form);
    }

    public async Task<string> TokenAsync(string clientId, string secret)
    {
        using var response = await RequestTokenAsync(clientId, secret);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>An HttpClient that calls the API as the given client.</summary>
    public async Task<HttpClient> ApiAsync(string clientId, string secret)
    {
        var token = await TokenAsync(clientId, secret);
        var http = CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A browser-like client that does not follow redirects, so a test can see them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task DropPostgresDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        var admin = new NpgsqlConnectionStringBuilder(_postgresServer) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>A test host that sends e-mail only when a test calls <see cref="OutboxSender.SendDueAsync"/>.</summary>
public sealed class LinkwellAppWithManualOutbox : LinkwellApp
{
    protected override bool SendEmailInBackground => false;
}
