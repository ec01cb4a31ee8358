using Linkwell.Web.Auth;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features.Account;

/// <summary>
/// Signing out happens only on a POST with an antiforgery token, so a link or an image on another site
/// cannot sign someone out. A GET shows a button that does it.
/// </summary>
public sealed class SignOutModel(SignInManager<LinkwellUser> signIn, AuditLog audit) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await audit.RecordAsync(new AuditEvent(AuditAction.SignOut, "User", User.UserId(), AuditOutcome.Success), HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        TempData["Notice"] = "You have signed out.";
        return RedirectToPage("SignIn");
    }
}
