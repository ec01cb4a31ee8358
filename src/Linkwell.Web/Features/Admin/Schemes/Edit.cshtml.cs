using Linkwell.Domain.Schemes;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Account;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Admin.Schemes;

public sealed class SchemeInput
{
    public string? Name { get; set; }

    public string? HostOrganisation { get; set; }

    /// <summary>One area per line, as typed.</summary>
    public string? Areas { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>The version the admin saw, so a save over someone else's change is refused.</summary>
    public Guid Version { get; set; }
}

/// <summary>Adds a scheme (no id) or changes one.</summary>
public sealed class EditModel(AppDbContext db, AuditLog audit) : FormPage
{
    [BindProperty]
    public SchemeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    public bool IsNew => Id is null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (IsNew)
        {
            return Page();
        }

        var scheme = await db.Schemes.AsNoTracking().SingleOrDefaultAsync(s => s.Id == Id);
        if (scheme is null)
        {
            return NotFound();
        }

        Input = new SchemeInput
        {
            Name = scheme.Name,
            HostOrganisation = scheme.HostOrganisation,
            Areas = string.Join('\n', scheme.Areas),
            ContactEmail = scheme.ContactEmail,
            Version = scheme.Version,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var scheme = IsNew ? null : await db.Schemes.SingleOrDefaultAsync(s => s.Id == Id);
        if (!IsNew && scheme is null)
        {
            return NotFound();
        }

        await ValidateAsync();
        var areas = (Input.Areas ?? string.Empty).Split('\n');
        if (!ModelState.IsValid || !await TryAsync(() => SaveAsync(scheme, areas)))
        {
            return Page();
        }

        TempData["Notice"] = IsNew ? $"Scheme {Input.Name!.Trim()} added." : $"Scheme {Input.Name!.Trim()} saved.";
        return RedirectToPage("Index");
    }

    private async Task SaveAsync(Scheme? scheme, string[] areas)
    {
        if (scheme is null)
        {
            scheme = Scheme.Create(Input.Name!, Input.HostOrganisation!, areas, Input.ContactEmail);
            db.Schemes.Add(scheme);
        }
        else
        {
            db.ExpectVersion(scheme, Input.Version);
            scheme.Update(Input.Name!, Input.HostOrganisation!, areas, Input.ContactEmail);
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.RecordAsync("Scheme", scheme.Id.ToString(), IsNew ? "scheme added" : "scheme changed", HttpContext.RequestAborted);
    }

    private async Task ValidateAsync()
    {
        var name = Input.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            ModelState.AddModelError("Input.Name", "Enter the scheme's name.");
        }
        else if (await db.Schemes.AnyAsync(s => s.Name == name && s.Id != Id))
        {
            ModelState.AddModelError("Input.Name", "There is already a scheme with this name. Choose another name.");
        }

        if (string.IsNullOrWhiteSpace(Input.HostOrganisation))
        {
            ModelState.AddModelError("Input.HostOrganisation", "Enter the organisation that runs the scheme.");
        }

        if (!string.IsNullOrWhiteSpace(Input.ContactEmail) && !AccountPages.IsEmail(Input.ContactEmail))
        {
            ModelState.AddModelError("Input.ContactEmail", "Enter the contact email address in the right format, like team@example.nhs.uk.");
        }
    }
}
