using Linkwell.Domain.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Infrastructure.Errors;

/// <summary>
/// Turns what escapes an endpoint into a ProblemDetails answer: a broken rule is a 400 in plain words,
/// a concurrency conflict a 409, an oversized or malformed request its own 4xx. Anything else is a 500
/// with no detail (the log has it, without personal data). Pages get the friendly error page instead.
/// </summary>
public sealed partial class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already rewritten Request.Path to the error page; the feature keeps the original.
        var path = http.Features.Get<IExceptionHandlerPathFeature>()?.Path is { } original ? new PathString(original) : http.Request.Path;
        if (!MachinePaths.IsMachine(path))
        {
            return false;
        }

        var (status, title, detail) = exception switch
        {
            DomainException e => (StatusCodes.Status400BadRequest, "The request breaks a rule", e.Message),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict, "Someone else changed this record",
                "The record changed after you read it. Read it again and repeat your change."),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read", e.Message),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong", "The error has been logged. Try again later."),
        };
        if (status >= StatusCodes.Status500InternalServerError)
        {
            // Handled exceptions are not logged by the middleware; a 500 must leave a trace (redacted on the way out).
            Unexpected(logger, exception, http.Request.Method, (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)");
        }

        http.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}

public sealed partial class ProblemExceptionHandler
{
    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Unexpected error answering {Method} {Route}")]
    private static partial void Unexpected(ILogger logger, Exception exception, string method, string route);
}

/// <summary>Paths that machines call: they get JSON ProblemDetails, never HTML.</summary>
public static class MachinePaths
{
    public static bool IsMachine(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/connect") || path.StartsWithSegments("/openapi")
        || path.StartsWithSegments("/health") || path.StartsWithSegments("/oruk");
}
