using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Microsoft.AspNetCore.Identity;

namespace Linkwell.Web;

/// <summary>
/// Commands that run instead of the web server:
/// <c>migrate</c> applies migrations (for PostgreSQL deployments);
/// <c>create-admin --email ADDRESS [--name NAME]</c> creates the first admin, reading the password from standard input.
/// <c>--demo</c> (no command) starts the server with the demo scheme.
/// </summary>
public sealed record CommandLine(string? Name, string[] HostArgs, bool Demo, IReadOnlyDictionary<string, string> Options)
{
    private static readonly string[] Commands = ["migrate", "create-admin"];

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

            if (name is not null && rest[i] is "--email" or "--name" && i + 1 < rest.Length)
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
}
