namespace Linkwell.Web.Infrastructure;

/// <summary>Headers every response carries: no framing, no sniffing, no referrer leaks, scripts from us only.</summary>
public static class SecurityHeaders
{
    /// <param name="imageSources">Other places images may come from, as CSP sources (a configured map tile server).</param>
    public static Func<HttpContext, Func<Task>, Task> For(params IEnumerable<string?> imageSources)
    {
        var images = string.Concat(imageSources.OfType<string>().Select(s => " " + s));
        var policy = $"default-src 'self'; img-src 'self' data:{images}; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
        return (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = policy;
            return next();
        };
    }
}
