using System.Diagnostics;

namespace Linkwell.Web.Infrastructure.Logging;

/// <summary>
/// One log line per request naming the route template ("People/{id}"), never the path or query string,
/// which may carry a search for a person's name or postcode.
/// </summary>
public sealed partial class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            await next(context);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText?.TrimStart('/') ?? "(no route)";
            Answered(logger, context.Request.Method, route, context.Response.StatusCode,
                Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1), context.TraceIdentifier);
        }
    }

    [LoggerMessage(EventId = 1, EventName = "RequestAnswered", Level = LogLevel.Information,
        Message = "{Method} /{Route} answered {StatusCode} in {ElapsedMs} ms (trace {TraceId})")]
    private static partial void Answered(ILogger logger, string method, string route, int statusCode, double elapsedMs, string traceId);
}
