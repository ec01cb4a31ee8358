using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Linkwell.Web.Tests.Infrastructure;

public sealed class HealthTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Health_returns_200_and_says_healthy()
    {
        using var http = app.CreateClient();

        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_database_health_check_is_registered_and_healthy()
    {
        var health = app.Services.GetRequiredService<HealthCheckService>();

        var report = await health.CheckHealthAsync();

        var database = Assert.Contains("database", report.Entries);
        Assert.Equal(HealthStatus.Healthy, database.Status);
    }

    [Fact]
    public async Task The_app_runs_on_the_database_the_environment_asks_for()
    {
        var (postgres, name) = await app.WithDbAsync(db => Task.FromResult((db.Database.IsNpgsql(), db.Database.GetDbConnection().Database)));

        Assert.Equal(app.OnPostgres, postgres);
        if (postgres)
        {
            Assert.Equal(app.DatabaseName, name);
        }
    }

    [Fact]
    public async Task The_database_was_migrated_on_start()
    {
        var pending = await app.WithDbAsync(db => db.Database.GetPendingMigrationsAsync());
        var applied = await app.WithDbAsync(db => db.Database.GetAppliedMigrationsAsync());

        Assert.Empty(pending);
        Assert.NotEmpty(applied);
    }
}
