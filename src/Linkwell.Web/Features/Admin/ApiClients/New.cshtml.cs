using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.ApiClients;

public sealed class NewClientInput
{
    public string? Name { get; set; }

    public string? SchemeId { get; set; }

    public List<string> Scopes { get; set; } = [];
}

/// <summary>Registers an API client. The secret goes to the next page once and is never stored in plain.</summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, TimeProvider clock) : FormPage
{
    [BindProperty]
    public NewClientInput Input { get; set; } = new();

    public List<SelectListItem> Schemes { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Schemes = await AdminChoices.SchemesAsync(db, "Select a scheme");
        if (Input.Scopes.Count == 0 && Request.Method == HttpMethods.Get)
        {
            Input.Scopes = [ApiScopes.ReferralsWrite, ApiScopes.ReferralsRead];
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", "Enter a name for the client, like the system and the practice that uses it.");
        }

        var schemeId = Guid.TryParse(Input.SchemeId, out var id) && await db.Schemes.AnyAsync(s => s.Id == id) ? id : (Guid?)null;
        if (schemeId is null)
        {
            ModelState.AddModelError("Input.SchemeId", "Select the scheme the client sends referrals to.");
        }

        if (!Input.Scopes.Any(ApiScopes.All.Contains))
        {
            ModelState.AddModelError("Input.Scopes", "Select at least one thing the client may do.");
        }

        string? secret = null;
        ApiClient? client = null;
        if (ModelState.IsValid && await TryAsync(() =>
            {
                (client, secret) = ApiClient.Register(Input.Name!, schemeId!.Value, Input.Scopes.Where(ApiScopes.All.Contains), clock.GetUtcNow().UtcDateTime);
                db.ApiClients.Add(client);
                return db.SaveChangesAsync(HttpContext.RequestAborted);
            }))
        {
            await audit.RecordAsync("ApiClient", client!.ClientId, $"client registered with scopes {string.Join(' ', client.Scopes)}", HttpContext.RequestAborted);

            // TempData lives in an encrypted cookie and is deleted when read, so the secret is shown once.
            TempData["ClientName"] = client.Name;
            TempData["ClientId"] = client.ClientId;
            TempData["ClientSecret"] = secret;
            return RedirectToPage("Registered");
        }

        await OnGetAsync();
        return Page();
    }
}
