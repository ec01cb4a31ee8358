using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Linkwell.Web.Features.Account;

/// <summary>
/// Asks for a reset link. The answer is the same whether or not the account exists, so this page cannot
/// be used to find out who has a Linkwell account.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ForgotPasswordModel(UserManager<LinkwellUser> users, PasswordEmails emails, AppDbContext db, AuditLog audit) : FormPage
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!AccountPages.IsEmail(Email))
        {
            ModelState.AddModelError(nameof(Email), string.IsNullOrWhiteSpace(Email)
                ? "Enter your email address."
                : "Enter your email address in the right format, like name@example.com.");
            return Page();
        }

        var user = await users.FindByEmailAsync(Email!.Trim());
        if (user is not null)
        {
            await emails.QueueResetAsync(user);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await audit.AppendAsync("anonymous", "Unknown", user.SchemeId,
                new AuditEvent(AuditAction.Update, "User", user.Id, AuditOutcome.Success, "password reset link sent"), HttpContext.RequestAborted);
        }

        return RedirectToPage(new { Sent = true });
    }
}
