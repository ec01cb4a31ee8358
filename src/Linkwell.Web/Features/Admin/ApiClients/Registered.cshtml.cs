using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features.Admin.ApiClients;

/// <summary>Shows a new client's secret, once: reading it from TempData removes it.</summary>
public sealed class RegisteredModel : PageModel
{
    public string? ClientName { get; private set; }

    public string? ClientId { get; private set; }

    public string? Secret { get; private set; }

    public void OnGet()
    {
        ClientName = TempData["ClientName"] as string;
        ClientId = TempData["ClientId"] as string;
        Secret = TempData["ClientSecret"] as string;

        // Keep the secret out of the browser's cache and history.
        Response.Headers.CacheControl = "no-store";
    }
}
