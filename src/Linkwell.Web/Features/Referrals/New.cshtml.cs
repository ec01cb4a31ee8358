using Linkwell.Domain.Referrals;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Referrals;

/// <summary>The referral form for signed-in referrers (PRSB "Referral to social prescribing services").</summary>
public sealed class NewModel(AppDbContext db, ReferralIntake intake, UserManager<LinkwellUser> users) : FormPage
{
    /// <summary>Rows offered for risks without JavaScript; blank rows are ignored.</summary>
    public const int RiskRows = 3;

    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public List<SelectListItem> Practices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        Input.Referrer = new ReferrerInput { Name = user?.DisplayName, Email = user?.Email, Role = user?.JobTitle, Organisation = user?.Organisation };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var schemeId = User.SchemeId()!.Value;
        Input.Person.DateOfBirth = Input.Person.DateOfBirthParts.ToIso();
        ModelState.Clear();
        var errors = await intake.ValidateAsync(Input, schemeId, HttpContext.RequestAborted);
        if (errors.Count > 0)
        {
            AddFieldErrors(errors);
            await LoadAsync();
            return Page();
        }

        var result = await intake.ReceiveAsync(Input, new ReferralSource(schemeId, ReferralMethod.WebForm, User.UserId(), null), HttpContext.RequestAborted);
        TempData["Notice"] = $"Referral {result.Referral.Reference} sent. You will get an email each time its status changes.";
        return RedirectToPage("Track", new { id = result.Referral.Id });
    }

    private async Task LoadAsync()
    {
        var schemeId = User.SchemeId();
        Practices = [new SelectListItem("Select a practice", string.Empty)];
        Practices.AddRange(await db.Practices.Where(p => p.SchemeId == schemeId).OrderBy(p => p.Name)
            .Select(p => new SelectListItem($"{p.Name} ({p.OdsCode})", p.OdsCode)).ToListAsync());
        while (Input.Risks.Count < RiskRows)
        {
            Input.Risks.Add(new RiskInput());
        }
    }
}
