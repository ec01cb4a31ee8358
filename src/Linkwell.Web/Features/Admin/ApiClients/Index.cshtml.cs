using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.ApiClients;

public sealed record SchemeClients(string SchemeName, IReadOnlyList<ApiClient> Clients);

/// <summary>API clients by scheme; revoking one stops it getting new tokens at once.</summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public List<SchemeClients> Groups { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var schemes = await db.Schemes.ToDictionaryAsync(s => s.Id, s => s.Name);
        var clients = await db.ApiClients.AsNoTracking().OrderBy(c => c.Name).ToListAsync();
        Groups = clients.GroupBy(c => c.SchemeId)
            .Select(g => new SchemeClients(schemes.GetValueOrDefault(g.Key) ?? "Unknown scheme", g.ToList()))
            .OrderBy(g => g.SchemeName)
            .ToList();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id);
        if (client is null)
        {
            return NotFound();
        }

        client.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.RecordAsync("ApiClient", client.ClientId, "client revoked", HttpContext.RequestAborted);
        TempData["Notice"] = $"{client.Name} is revoked. It cannot get new tokens; tokens it already has stop working within {TokenEndpoint.Lifetime.TotalMinutes} minutes.";
        return RedirectToPage();
    }
}
