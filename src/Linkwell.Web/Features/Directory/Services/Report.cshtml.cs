using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Services;

public sealed class ReportInput
{
    public ReportKind? Kind { get; set; }

    public string? Note { get; set; }
}

/// <summary>A link worker or referrer says a listing has closed or is wrong; its owners (or the directory managers) hear.</summary>
public sealed class ReportModel(AppDbContext db, ListingReports reports, AuditLog audit) : FormPage
{
    public const int MaxNoteLength = 2000;

    [BindProperty]
    public ReportInput Input { get; set; } = new();

    public DirectoryServiceRecord Service { get; private set; } = null!;

    public static List<SelectListItem> Kinds() =>
    [
        new("This service has closed", nameof(ReportKind.Closed)),
        new("Some details are wrong", nameof(ReportKind.DetailsWrong)),
    ];

    public async Task<IActionResult> OnGetAsync(string id) => await LoadAsync(id) ? Page() : await NotFoundAsync(id);

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return await NotFoundAsync(id);
        }

        var note = FormValues.Trimmed(Input.Note);
        if (Input.Kind is null)
        {
            ModelState.AddModelError("Input.Kind", "Select what is wrong with the listing.");
        }

        CheckText("Input.Note", note, MaxNoteLength, "The note", Input.Kind == ReportKind.DetailsWrong ? "Say which details are wrong, and what they should be if you know." : null);
        if (ModelState.ErrorCount > 0)
        {
            return Page();
        }

        await reports.ReportAsync(Service, Input.Kind!.Value, note, User.ActorId(), User.Name(), HttpContext.RequestAborted);
        TempData["Notice"] = $"Thank you. Your report about {Service.Name} has been sent to the people who keep the listing.";
        return Redirect($"/Directory/Services/{Uri.EscapeDataString(id)}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        Service = (await db.Set<DirectoryServiceRecord>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && !r.Removed, HttpContext.RequestAborted))!;
        return Service is not null;
    }

    private async Task<IActionResult> NotFoundAsync(string id)
    {
        await audit.RecordAsync(new AuditEvent(AuditAction.Create, ListingReports.RecordType, id, AuditOutcome.NotFound, "listing not found"), HttpContext.RequestAborted);
        return NotFound();
    }
}
