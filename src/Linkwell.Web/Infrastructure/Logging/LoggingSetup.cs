using Microsoft.Extensions.Logging.Console;

namespace Linkwell.Web.Infrastructure.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Console logs as JSON lines through the redacting formatter, unless configuration names another
    /// formatter (Logging:Console:FormatterName=simple reads better on a developer's screen).
    /// </summary>
    public static void AddLinkwellLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.AddConsoleFormatter<RedactingJsonFormatter, ConsoleFormatterOptions>();

        // ASP.NET Core's own request lines carry the full path and query string (a search for a name, say).
        // RequestLogging writes the route template instead, so these stay off whatever the configured levels.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Services.Configure<ConsoleLoggerOptions>(o =>
            o.FormatterName = builder.Configuration["Logging:Console:FormatterName"] ?? RedactingJsonFormatter.Name);
    }
}
