using System.Text;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Infrastructure.Throttling;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Linkwell.Web.Features.Account;

public sealed class ResetPasswordInput
{
    public string? Email { get; set; }

    public string? Code { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

/// <summary>Choosing a password from an emailed link: after "forgotten password", and for a new account.</summary>
[EnableRateLimiting(RateLimits.SignIn)]
public sealed class ResetPasswordModel(UserManager<LinkwellUser> users, AuditLog audit) : FormPage
{
    private const string BadLink = "This link has expired or has already been used. Ask for a new link below.";

    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    public bool LinkBroken { get; private set; }

    public void OnGet(string? email, string? code)
    {
        Input.Email = email;
        Input.Code = code;
        LinkBroken = string.IsNullOrEmpty(email) || string.IsNullOrEmpty(code);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        AccountPages.RequireNewPassword(ModelState, Input.Password, Input.ConfirmPassword, "Input.Password", "Input.ConfirmPassword");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = string.IsNullOrWhiteSpace(Input.Email) ? null : await users.FindByEmailAsync(Input.Email);
        var token = Decode(Input.Code);
        if (user is null || token is null)
        {
            return Broken();
        }

        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return Broken();
        }

        if (!result.Succeeded)
        {
            AccountPages.AddPasswordErrors(ModelState, result, "Input.Password");
            return Page();
        }

        await audit.AppendAsync(user.Id, user.DisplayName, user.SchemeId,
            new AuditEvent(AuditAction.Update, "User", user.Id, AuditOutcome.Success, "password reset"), HttpContext.RequestAborted);
        TempData["Notice"] = "Your password has been changed. Sign in with your new password.";
        return RedirectToPage("SignIn");
    }

    private PageResult Broken()
    {
        LinkBroken = true;
        ModelState.AddModelError(string.Empty, BadLink);
        return Page();
    }

    private static string? Decode(string? code)
    {
        try
        {
            return string.IsNullOrEmpty(code) ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
