using Linkwell.Web.Auth;
using Linkwell.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linkwell.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the provider from configuration (<c>Database:Provider</c>, <c>ConnectionStrings:Linkwell</c>).</summary>
public static class DatabaseSetup
{
    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider) ? provider : DatabaseProvider.Sqlite;

    public static IServiceCollection AddLinkwellDatabase(this IServiceCollection services, IConfiguration configuration, DataFolder dataFolder)
    {
        var connectionString = configuration.GetConnectionString("Linkwell");
        switch (ProviderFrom(configuration))
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres, so set ConnectionStrings:Linkwell to a PostgreSQL connection string.");
                }

                services.AddDbContext<PostgresAppDbContext>(o => o.UseNpgsql(connectionString));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgresAppDbContext>());
                break;
            case DatabaseProvider.Sqlite:
                Directory.CreateDirectory(dataFolder.Root);
                var sqlite = string.IsNullOrWhiteSpace(connectionString)
                    ? $"Data Source={Path.Combine(dataFolder.Root, "linkwell.db")}"
                    : connectionString;
                services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(sqlite));
                services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
                break;
        }

        return services;
    }

    /// <summary>
    /// Applies pending migrations. SQLite does so on every start by default (an embedded database has no
    /// separate deployment step); PostgreSQL only when asked (<c>Database:MigrateOnStart</c> or the
    /// <c>migrate</c> command), and otherwise refuses to start on an out-of-date schema.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, IConfiguration configuration, bool force = false)
    {
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var migrate = force || configuration.GetValue("Database:MigrateOnStart", ProviderFrom(configuration) == DatabaseProvider.Sqlite);
        if (migrate)
        {
            await db.Database.MigrateAsync();
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException($"The database needs {pending.Count} migration(s). Run the 'migrate' command first.");
        }
    }
}

/// <summary>Lets `dotnet ef` build each context without starting the application.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=design.db").Options, new SchemeScope(new HttpContextAccessor()));
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=linkwell_design").Options, new SchemeScope(new HttpContextAccessor()));
}
