using Linkwell.Domain.People;
using Linkwell.Domain.Schemes;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.Practices;

public sealed class PracticeInput
{
    public string? SchemeId { get; set; }

    public string? OdsCode { get; set; }

    public string? Name { get; set; }

    public string? Postcode { get; set; }
}

/// <summary>The GP practices each scheme serves: referrals name one of them.</summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit) : FormPage
{
    [BindProperty(SupportsGet = true)]
    public Guid? SchemeId { get; set; }

    [BindProperty]
    public PracticeInput Input { get; set; } = new();

    public List<SelectListItem> Schemes { get; private set; } = [];

    public string? SchemeName { get; private set; }

    public List<GpPractice> Practices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input.SchemeId = SchemeId?.ToString();
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var (schemeId, odsCode, postcode) = await ValidateAsync();
        if (!ModelState.IsValid || !await TryAsync(() => AddAsync(schemeId, odsCode, postcode)))
        {
            SchemeId ??= schemeId == Guid.Empty ? null : schemeId;
            await LoadAsync();
            return Page();
        }

        TempData["Notice"] = $"{Input.Name!.Trim()} ({odsCode}) added.";
        return RedirectToPage(new { SchemeId = schemeId });
    }

    private async Task AddAsync(Guid schemeId, string odsCode, string? postcode)
    {
        db.Practices.Add(GpPractice.Create(odsCode, Input.Name!, schemeId, postcode));
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.RecordAsync("GpPractice", odsCode, "practice added", HttpContext.RequestAborted);
    }

    private async Task<(Guid SchemeId, string OdsCode, string? Postcode)> ValidateAsync()
    {
        if (!Guid.TryParse(Input.SchemeId, out var schemeId) || !await db.Schemes.AnyAsync(s => s.Id == schemeId))
        {
            ModelState.AddModelError("Input.SchemeId", "Select the scheme that serves this practice.");
        }

        var odsCode = (Input.OdsCode ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!GpPractice.IsPracticeCode(odsCode))
        {
            ModelState.AddModelError("Input.OdsCode", odsCode.Length == 0
                ? "Enter the practice's ODS code."
                : "ODS code must be a letter and five digits, like B86001.");
        }
        else if (await db.Practices.AnyAsync(p => p.OdsCode == odsCode))
        {
            ModelState.AddModelError("Input.OdsCode", "This practice is already recorded. A practice belongs to one scheme.");
        }

        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", "Enter the practice's name.");
        }

        string? postcode = null;
        if (!string.IsNullOrWhiteSpace(Input.Postcode) && !Postcode.TryNormalise(Input.Postcode, out postcode))
        {
            ModelState.AddModelError("Input.Postcode", "Enter a real postcode, like LS1 4AP.");
        }

        return (schemeId, odsCode, postcode);
    }

    private async Task LoadAsync()
    {
        Schemes = await AdminChoices.SchemesAsync(db, "Select a scheme");
        SchemeId ??= Guid.TryParse(Schemes.Skip(1).FirstOrDefault()?.Value, out var first) ? first : null;
        SchemeName = Schemes.FirstOrDefault(s => s.Value == SchemeId?.ToString())?.Text;
        Input.SchemeId ??= SchemeId?.ToString();
        Practices = await db.Practices.AsNoTracking().Where(p => p.SchemeId == SchemeId).OrderBy(p => p.Name).ToListAsync();
    }
}
