using Linkwell.Domain.Schemes;
using Linkwell.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.Schemes;

public sealed record SchemeRow(Scheme Scheme, int Practices, int Users);

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<SchemeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var schemes = await db.Schemes.AsNoTracking().OrderBy(s => s.Name).ToListAsync();
        var practices = await db.Practices.GroupBy(p => p.SchemeId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var users = await db.Users.Where(u => u.SchemeId != null).GroupBy(u => u.SchemeId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        Rows = schemes.Select(s => new SchemeRow(s, practices.GetValueOrDefault(s.Id), users.GetValueOrDefault(s.Id))).ToList();
    }
}
