using Linkwell.Web.Auth;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using IdentitySignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Linkwell.Web.Features.Account;

public sealed class SignInInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// Sign in with email and password, or with the organisation's account when OpenID Connect is configured.
/// Every attempt is audited; the message never says whether the email or the password was wrong.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class SignInModel(
    SignInManager<LinkwellUser> signIn, UserManager<LinkwellUser> users, AuditLog audit, IConfiguration configuration, TimeProvider clock) : FormPage
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ExternalEnabled => ExternalSignIn.IsConfigured(configuration);

    public string ExternalName => configuration["Authentication:OpenIdConnect:DisplayName"] ?? "your organisation's account";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", "Enter your email address.");
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", "Enter your password.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        var result = await PasswordSignInAsync(user, Input.Password!);
        await AuditAsync(user, result);
        if (result.Succeeded)
        {
            return LocalRedirect(AccountPages.SafeReturnUrl(Url, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("TwoFactor", new { ReturnUrl });
        }

        ModelState.AddModelError("Input.Email", result.IsLockedOut
            ? AccountPages.IsLockedByAdmin(user?.LockoutEnd, clock.GetUtcNow()) ? AccountPages.AdminLockedMessage : AccountPages.LockedOutMessage
            : "Your email address or password is wrong. Check them and try again.");
        return Page();
    }

    /// <summary>Hands over to the organisation's sign-in; it comes back to ExternalCallback.</summary>
    public IActionResult OnPostExternal()
    {
        if (!ExternalEnabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalCallback", new { ReturnUrl = AccountPages.SafeReturnUrl(Url, ReturnUrl) });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(ExternalSignIn.Scheme, callback), ExternalSignIn.Scheme);
    }

    private async Task<IdentitySignInResult> PasswordSignInAsync(LinkwellUser? user, string password)
    {
        if (user is null)
        {
            // Spend the time a real check would, so response time does not tell which emails have accounts.
            users.PasswordHasher.HashPassword(new LinkwellUser(), password);
            return IdentitySignInResult.Failed;
        }

        return await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
    }

    private Task AuditAsync(LinkwellUser? user, IdentitySignInResult result)
    {
        var (outcome, detail) = result switch
        {
            { Succeeded: true } => (AuditOutcome.Success, "password"),
            { RequiresTwoFactor: true } => (AuditOutcome.Success, "password correct, two-factor code needed"),
            { IsLockedOut: true } => (AuditOutcome.Denied, "password, account locked"),
            _ => (AuditOutcome.Denied, user is null ? "password, no such account" : "password, wrong password"),
        };

        // The user is not on HttpContext yet, so the audit is told who they are.
        return audit.AppendAsync(user?.Id ?? "anonymous", user?.DisplayName ?? "Unknown", user?.SchemeId,
            new AuditEvent(AuditAction.SignIn, "User", user?.Id, outcome, detail), HttpContext.RequestAborted);
    }
}
