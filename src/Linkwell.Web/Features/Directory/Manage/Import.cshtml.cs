using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Manage;

/// <summary>One import: its progress while it runs (the page refreshes itself, no JavaScript), then its report.</summary>
public sealed class ImportModel(AppDbContext db) : PageModel
{
    public const int ProblemsPerPage = 200;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public DirectoryImport Import { get; private set; } = null!;

    public string? FeedName { get; private set; }

    public Paging Paging { get; private set; } = Paging.Of(1, 0);

    public IEnumerable<ImportProblem> Problems => Import.Problems.Skip(Paging.Skip).Take(Paging.PageSize);

    public bool Running => Import.State == DirectoryImportState.Running;

    public async Task<IActionResult> OnGetAsync([FromQuery] int? page)
    {
        var import = await db.Set<DirectoryImport>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == Id, HttpContext.RequestAborted);
        if (import is null)
        {
            return NotFound();
        }

        Import = import;
        FeedName = import.FeedId is { } feedId
            ? await db.Set<DirectoryFeed>().Where(f => f.Id == feedId).Select(f => f.Name).SingleOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        Paging = Paging.Of(page, import.Problems.Count, ProblemsPerPage);
        return Page();
    }
}
