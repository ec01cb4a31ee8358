using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Changes;

/// <summary>The directory manager's desk: owners' changes waiting for a decision, and open reports on listings.</summary>
public sealed class IndexModel(AppDbContext db, ListingReports reports) : PageModel
{
    public const int Shown = 200;

    public List<DirectoryChangeRequest> Pending { get; private set; } = [];

    public List<DirectoryReport> Reports { get; private set; } = [];

    public Dictionary<string, string> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Pending = await db.Set<DirectoryChangeRequest>().AsNoTracking()
            .Where(r => r.State == ChangeRequestState.Pending).OrderBy(r => r.RequestedUtc).Take(Shown).ToListAsync(ct);
        Reports = await reports.OpenAsync(null, Shown, ct);
        var ids = Pending.Select(r => r.OrganizationId).Concat(Reports.Select(r => r.OrganizationId)).OfType<string>().Distinct().ToList();
        Organizations = await db.Set<DirectoryOrganizationRecord>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
    }

    public async Task<IActionResult> OnPostDealtWithAsync(Guid reportId)
    {
        if (!await reports.DealtWithAsync(reportId, null, User.Name(), HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "The report is marked as dealt with.";
        return RedirectToPage();
    }
}
