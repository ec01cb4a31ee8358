using Linkwell.Web.Auth;
using Linkwell.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features.Directory.Manage;

/// <summary>
/// Uploads a file to import: it is saved in the data folder, its import begun, and the import page shown at
/// once while the file is read in the background.
/// </summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class UploadModel(DirectoryImporter importer, DirectoryJobs jobs, DataFolder data) : PageModel
{
    /// <summary>The largest file accepted: a national directory as ndjson is well under this.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    private static readonly string[] Extensions = [".json", ".ndjson", ".jsonl", ".zip"];

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var extension = Path.GetExtension(Upload?.FileName ?? string.Empty).ToLowerInvariant();
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a file to import.");
        }
        else if (!Extensions.Contains(extension))
        {
            ModelState.AddModelError(nameof(Upload), "The file must be ORUK JSON (.json), ndjson (.ndjson) or a CSV data package (.zip).");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var ct = HttpContext.RequestAborted;
        var import = await importer.BeginAsync(Path.GetFileName(Upload!.FileName), null, User.Name(), ct);
        var folder = data.Resolve("imports");
        System.IO.Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{import.Id:N}{extension}");
        await using (var saved = System.IO.File.Create(path))
        {
            await Upload.CopyToAsync(saved, ct);
        }

        jobs.Queue(new QueuedImport(import.Id, path, new DirectoryActor(User.ActorId(), User.Name(), User.SchemeId())));
        return Redirect($"/Directory/Manage/Import/{import.Id}");
    }
}
