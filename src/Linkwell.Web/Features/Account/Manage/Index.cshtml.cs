using System.Text.Encodings.Web;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Account.Manage;

public sealed class ChangePasswordInput
{
    public string? Current { get; set; }

    public string? New { get; set; }

    public string? Confirm { get; set; }
}

/// <summary>The signed-in person's own account: who Linkwell thinks they are, two-factor authentication, password.</summary>
public sealed class IndexModel(UserManager<LinkwellUser> users, SignInManager<LinkwellUser> signIn, AppDbContext db, AuditLog audit) : FormPage
{
    private const string Issuer = "Linkwell";

    [BindProperty]
    public string? TwoFactorCode { get; set; }

    [BindProperty]
    public ChangePasswordInput Password { get; set; } = new();

    /// <summary>Asked again before two-factor authentication is turned off or recovery codes replaced.</summary>
    [BindProperty]
    public string? ConfirmPassword { get; set; }

    /// <summary>Recovery codes just made, shown this once (they are stored hashed).</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public int RecoveryCodesLeft { get; private set; }

    public LinkwellUser Account { get; private set; } = null!;

    public IList<string> RoleNames { get; private set; } = [];

    public string? SchemeName { get; private set; }

    public bool HasPassword { get; private set; }

    /// <summary>The authenticator key in groups of 4, as people type it into an app.</summary>
    public string AuthenticatorKey { get; private set; } = string.Empty;

    /// <summary>What a QR code would hold; shown as text, as some apps accept it pasted.</summary>
    public string AuthenticatorUri { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostEnableTwoFactorAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        var code = new string((TwoFactorCode ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        if (code.Length != 6)
        {
            ModelState.AddModelError(nameof(TwoFactorCode), "Enter the 6-digit code your authenticator app shows.");
            return Page();
        }

        if (!await users.VerifyTwoFactorTokenAsync(Account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(TwoFactorCode), "The code is wrong or has expired. Check the key in your app and enter the code it shows now.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(Account, true);
        await KeepRecoveryCodesAsync();
        return await DoneAsync("two-factor authentication turned on", "Two-factor authentication is on. You will need a code from your app each time you sign in.");
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!Account.TwoFactorEnabled || !await PasswordConfirmedAsync())
        {
            return Page();
        }

        await KeepRecoveryCodesAsync();
        return await DoneAsync("recovery codes replaced", "You have new recovery codes. The old ones no longer work.");
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!await PasswordConfirmedAsync())
        {
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(Account, false);

        // A fresh key next time: the old one may be on a lost phone.
        await users.ResetAuthenticatorKeyAsync(Account);
        return await DoneAsync("two-factor authentication turned off", "Two-factor authentication is off.");
    }

    public async Task<IActionResult> OnPostNewKeyAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!Account.TwoFactorEnabled)
        {
            await users.ResetAuthenticatorKeyAsync(Account);
        }

        return await DoneAsync("authenticator key replaced", "You have a new key. Add it to your authenticator app, then enter the code it shows.");
    }

    public async Task<IActionResult> OnPostChangePasswordAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (HasPassword && string.IsNullOrEmpty(Password.Current))
        {
            ModelState.AddModelError("Password.Current", "Enter your current password.");
        }

        AccountPages.RequireNewPassword(ModelState, Password.New, Password.Confirm, "Password.New", "Password.Confirm");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = HasPassword
            ? await users.ChangePasswordAsync(Account, Password.Current!, Password.New!)
            : await users.AddPasswordAsync(Account, Password.New!);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
        {
            ModelState.AddModelError("Password.Current", "Your current password is wrong.");
            return Page();
        }

        if (!result.Succeeded)
        {
            AccountPages.AddPasswordErrors(ModelState, result, "Password.New");
            return Page();
        }

        return await DoneAsync("password changed", "Your password has been changed.");
    }

    /// <summary>Someone at an unlocked screen must not be able to weaken the account: ask for the password.</summary>
    private async Task<bool> PasswordConfirmedAsync()
    {
        if (!HasPassword)
        {
            return true;
        }

        if (string.IsNullOrEmpty(ConfirmPassword))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Enter your password.");
            return false;
        }

        if (!await users.CheckPasswordAsync(Account, ConfirmPassword))
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Your password is wrong.");
            return false;
        }

        return true;
    }

    private async Task KeepRecoveryCodesAsync()
    {
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(Account, 10) ?? [];
        TempData["RecoveryCodes"] = string.Join(' ', codes);
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }

        Account = user;
        RoleNames = await users.GetRolesAsync(user);
        SchemeName = user.SchemeId is { } schemeId ? await db.Schemes.Where(s => s.Id == schemeId).Select(s => s.Name).FirstOrDefaultAsync() : null;
        HasPassword = await users.HasPasswordAsync(user);
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        NewRecoveryCodes = TempData["RecoveryCodes"] is string codes ? codes.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (!user.TwoFactorEnabled)
        {
            await LoadKeyAsync(user);
        }

        return true;
    }

    private async Task LoadKeyAsync(LinkwellUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? string.Empty;
        }

        AuthenticatorKey = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        AuthenticatorUri = $"otpauth://totp/{Issuer}:{UrlEncoder.Default.Encode(user.Email ?? string.Empty)}?secret={key}&issuer={Issuer}&digits=6";
    }

    /// <summary>Each change renews the security stamp, so the cookie is reissued or the person would be signed out.</summary>
    private async Task<IActionResult> DoneAsync(string auditDetail, string notice)
    {
        await signIn.RefreshSignInAsync(Account);
        await audit.RecordAsync(new AuditEvent(AuditAction.Update, "User", Account.Id, AuditOutcome.Success, auditDetail), HttpContext.RequestAborted);
        TempData["Notice"] = notice;
        return RedirectToPage();
    }
}
