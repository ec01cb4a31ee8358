using Linkwell.Domain.Shared;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Geography;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web;

/// <summary>
/// Commands that run instead of the web server:
/// <c>migrate</c> applies migrations (for PostgreSQL deployments);
/// <c>create-admin --email ADDRESS [--name NAME]</c> creates the first admin, reading the password from standard input.
/// <c>create-api-client --name NAME --scheme SCHEME [--scopes "referrals:write referrals:read"]</c> registers an API
/// client for a scheme (named or by id) and prints its id and secret, once.
/// <c>import-postcodes PATH</c> loads the ONS Postcode Directory CSV; <c>generate-postcodes PATH [--per-district N]</c>
/// writes a synthetic one (see <see cref="PostcodeCommands"/>).
/// <c>import-directory PATH</c> imports an ORUK JSON/ndjson file or CSV data package; <c>generate-directory PATH
/// [--services N]</c> writes a synthetic national directory for benchmarks (see <see cref="DirectoryCommands"/>).
/// <c>--demo</c> (no command) starts the server with the demo scheme.
/// </summary>
public sealed record CommandLine(string? Name, string[] HostArgs, bool Demo, IReadOnlyDictionary<string, string> Options)
{
    private static readonly string[] Commands = ["migrate", "create-admin", "create-api-client", "import-postcodes", "generate-postcodes", "import-directory", "generate-directory"];
    private static readonly string[] OptionNames = ["--email", "--name", "--scheme", "--scopes", "--per-district", "--services"];
    private static readonly string[] CommandsWithPath = ["import-postcodes", "generate-postcodes", "import-directory", "generate-directory"];

    public static CommandLine Parse(string[] args)
    {
        var name = args.Length > 0 && Commands.Contains(args[0]) ? args[0] : null;
        var rest = name is null ? args : args[1..];
        var demo = rest.Contains("--demo");
        var options = new Dictionary<string, string>();
        var hostArgs = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == "--demo")
            {
                continue;
            }

            if (i == 0 && CommandsWithPath.Contains(name) && !rest[0].StartsWith('-'))
            {
                options["path"] = rest[0];
                continue;
            }

            if (name is not null && OptionNames.Contains(rest[i]) && i + 1 < rest.Length)
            {
                options[rest[i][2..]] = rest[++i];
                continue;
            }

            hostArgs.Add(rest[i]);
        }

        return new CommandLine(name, [.. hostArgs], demo, options);
    }

    public static async Task<int> RunAsync(CommandLine command, WebApplication app) => command.Name switch
    {
        "migrate" => await MigrateAsync(app),
        "create-admin" => await CreateAdminAsync(command, app),
        "create-api-client" => await CreateApiClientAsync(command, app),
        "import-postcodes" => await PostcodeCommands.ImportAsync(app.Services, app.Configuration, command.Options.GetValueOrDefault("path"), Console.Out, Console.Error),
        "generate-postcodes" => await PostcodeCommands.GenerateAsync(command.Options.GetValueOrDefault("path"), command.Options.GetValueOrDefault("per-district"), Console.Out, Console.Error),
        "import-directory" => await DirectoryCommands.ImportAsync(app.Services, app.Configuration, command.Options.GetValueOrDefault("path"), Console.Out, Console.Error),
        "generate-directory" => await DirectoryCommands.GenerateAsync(app.Services, app.Configuration, command.Options.GetValueOrDefault("path"), command.Options.GetValueOrDefault("services"), Console.Out, Console.Error),
        _ => 2,
    };

    private static async Task<int> MigrateAsync(WebApplication app)
    {
        await DatabaseSetup.PrepareAsync(app.Services, app.Configuration, force: true);
        await Console.Out.WriteLineAsync("The database is up to date.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(CommandLine command, WebApplication app)
    {
        if (!command.Options.TryGetValue("email", out var email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email ADDRESS [--name NAME] (the password is read from standard input)");
            return 2;
        }

        await DatabaseSetup.PrepareAsync(app.Services, app.Configuration);
        if (!Console.IsInputRedirected)
        {
            await Console.Out.WriteAsync("Password: ");
        }

        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n') ?? string.Empty;
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        var result = await accounts.CreateAsync(new NewAccount(email, command.Options.GetValueOrDefault("name") ?? "Administrator", null, [Roles.Admin], null, null), password);
        foreach (var error in result.Errors)
        {
            await Console.Error.WriteLineAsync(error.Description);
        }

        if (result.Succeeded)
        {
            await Console.Out.WriteLineAsync($"Created admin {email}.");
        }

        return result.Succeeded ? 0 : 1;
    }

    private static async Task<int> CreateApiClientAsync(CommandLine command, WebApplication app)
    {
        if (!command.Options.TryGetValue("name", out var name) || !command.Options.TryGetValue("scheme", out var schemeKey))
        {
            await Console.Error.WriteLineAsync("Usage: create-api-client --name NAME --scheme SCHEME_NAME_OR_ID [--scopes \"referrals:write referrals:read\"]");
            return 2;
        }

        await DatabaseSetup.PrepareAsync(app.Services, app.Configuration);
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var schemeId = Guid.TryParse(schemeKey, out var id) ? id : Guid.Empty;
        var scheme = await db.Schemes.SingleOrDefaultAsync(s => s.Id == schemeId || s.Name == schemeKey);
        if (scheme is null)
        {
            await Console.Error.WriteLineAsync($"There is no scheme named or with the id '{schemeKey}'.");
            return 1;
        }

        var scopes = command.Options.GetValueOrDefault("scopes")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [.. ApiScopes.All];
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        try
        {
            var (client, secret) = ApiClient.Register(name, scheme.Id, scopes, clock.GetUtcNow().UtcDateTime);
            db.ApiClients.Add(client);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync("cli", "Command line", null,
                new AuditEvent(AuditAction.Administer, "ApiClient", client.ClientId, AuditOutcome.Success, $"client registered with scopes {string.Join(' ', client.Scopes)}"));
            await Console.Out.WriteLineAsync($"Registered API client '{client.Name}' for {scheme.Name} with scopes: {string.Join(' ', client.Scopes)}");
            await Console.Out.WriteLineAsync($"client_id:     {client.ClientId}");
            await Console.Out.WriteLineAsync($"client_secret: {secret}");
            await Console.Out.WriteLineAsync("Copy the secret now: it is not stored and cannot be shown again.");
            return 0;
        }
        catch (DomainException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message} Scopes: {string.Join(' ', ApiScopes.All)}.");
            return 1;
        }
    }
}
