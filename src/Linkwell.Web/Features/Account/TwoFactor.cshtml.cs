using Linkwell.Web.Auth;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Linkwell.Web.Features.Account;

/// <summary>The second step of signing in: the 6-digit code from the person's authenticator app, or a recovery code.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class TwoFactorModel(SignInManager<LinkwellUser> signIn, AuditLog audit, TimeProvider clock) : FormPage
{
    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? StartAgain() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        // The password step leaves a short-lived cookie naming the user; without it, start again.
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return StartAgain();
        }

        var typed = new string((Code ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (typed.Length == 0)
        {
            ModelState.AddModelError(nameof(Code), "Enter the 6-digit code from your authenticator app, or a recovery code.");
            return Page();
        }

        // Six digits come from the app; anything else is tried as a one-time recovery code.
        var fromApp = typed.Length == 6 && typed.All(char.IsAsciiDigit);
        var result = fromApp
            ? await signIn.TwoFactorAuthenticatorSignInAsync(typed, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(typed);
        var how = fromApp ? "two-factor code" : "recovery code";
        await audit.AppendAsync(user.Id, user.DisplayName, user.SchemeId, new AuditEvent(AuditAction.SignIn, "User", user.Id,
            result.Succeeded ? AuditOutcome.Success : AuditOutcome.Denied,
            result.Succeeded ? how : result.IsLockedOut ? $"{how}, account locked" : $"{how}, wrong code"), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return LocalRedirect(AccountPages.SafeReturnUrl(Url, ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? AccountPages.IsLockedByAdmin(user.LockoutEnd, clock.GetUtcNow()) ? AccountPages.AdminLockedMessage : AccountPages.LockedOutMessage
            : fromApp ? "The code is wrong or has expired. Enter the code your app shows now." : "That recovery code is wrong or has been used already.");
        return Page();
    }

    private RedirectToPageResult StartAgain()
    {
        TempData["Notice"] = "Your sign-in took too long. Sign in again.";
        return RedirectToPage("SignIn", new { ReturnUrl });
    }
}
