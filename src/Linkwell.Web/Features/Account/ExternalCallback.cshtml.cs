using System.Security.Claims;
using Linkwell.Web.Auth;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linkwell.Web.Features.Account;

/// <summary>
/// Where the organisation's sign-in returns. It proves who the person is; the Linkwell account with the
/// same email decides what they may do. Nobody gets an account by signing in this way.
/// </summary>
public sealed class ExternalCallbackModel(SignInManager<LinkwellUser> signIn, UserManager<LinkwellUser> users, AuditLog audit) : PageModel
{
    public string Problem { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string? returnUrl, string? remoteError)
    {
        var info = remoteError is null ? await signIn.GetExternalLoginInfoAsync() : null;
        var user = await FindUserAsync(info);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (info is null)
        {
            return await RefuseAsync(null, "no external sign-in", "Signing in with your organisation's account did not work. Try again, or sign in with your Linkwell email and password.");
        }

        if (user is null)
        {
            return await RefuseAsync(null, "external, no such account", "There is no Linkwell account for this email address. Ask your scheme manager to make one.");
        }

        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return await RefuseAsync(user, "external, account locked", AccountPages.AdminLockedMessage);
        }

        await signIn.SignInAsync(user, isPersistent: false, authenticationMethod: info.LoginProvider);
        await AppendAsync(user, AuditOutcome.Success, "external");
        return LocalRedirect(AccountPages.SafeReturnUrl(Url, returnUrl));
    }

    private async Task<LinkwellUser?> FindUserAsync(ExternalLoginInfo? info)
    {
        var email = info?.Principal.FindFirstValue(ClaimTypes.Email) ?? info?.Principal.FindFirstValue("email");

        // A provider that says the address is unverified has not proved the person owns it.
        if (string.IsNullOrWhiteSpace(email) || info!.Principal.FindFirstValue("email_verified") is "false" or "False")
        {
            return null;
        }

        return await users.FindByEmailAsync(email);
    }

    private async Task<PageResult> RefuseAsync(LinkwellUser? user, string detail, string problem)
    {
        await AppendAsync(user, AuditOutcome.Denied, detail);
        Problem = problem;
        return Page();
    }

    private Task AppendAsync(LinkwellUser? user, AuditOutcome outcome, string detail) =>
        audit.AppendAsync(user?.Id ?? "anonymous", user?.DisplayName ?? "Unknown", user?.SchemeId,
            new AuditEvent(AuditAction.SignIn, "User", user?.Id, outcome, detail), HttpContext.RequestAborted);
}
