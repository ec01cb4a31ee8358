using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Linkwell.Web.Infrastructure.Throttling;

/// <summary>
/// Limits per client address. Sign-in, two-factor and password-reset posts are limited so that guessing
/// passwords or codes, or flooding someone's inbox with reset e-mails, is slow; reading pages is not.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>The public ORUK API: generous, but one client cannot take the whole machine.</summary>
    public const string Oruk = "oruk";

    public static void AddLinkwellRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var orukPerSecond = configuration.GetValue("RateLimits:OrukPerSecond", 50);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            o.AddPolicy(SignIn, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = signInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.AddPolicy(Oruk, context => RateLimitPartition.GetTokenBucketLimiter(ClientAddress(context), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = orukPerSecond * 10,
                TokensPerPeriod = orukPerSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = 0,
            }));
        });
    }

    /// <summary>The caller's address as Kestrel sees it (behind a proxy, configure forwarded headers first).</summary>
    public static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
