using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Linkwell.Web.Features.Account;

/// <summary>Small rules the account pages share.</summary>
public static class AccountPages
{
    public const string PasswordHint = "At least 12 characters, with capital and small letters, a number and a symbol.";

    public const string LockedOutMessage = "You have tried to sign in too many times. Try again in 15 minutes.";

    public const string AdminLockedMessage = "Your account is locked. Ask your scheme manager or a Linkwell administrator to unlock it.";

    /// <summary>Only a path on this site: an absolute return address would let a link send people elsewhere.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : "/";

    /// <summary>An admin lock lasts for years; a lock after failed attempts lasts minutes.</summary>
    public static bool IsLockedByAdmin(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd is { } end && end > now.AddDays(1);

    public static bool IsEmail(string? value) =>
        !string.IsNullOrWhiteSpace(value) && MailAddress.TryCreate(value.Trim(), out var address)
            && address.Address == value.Trim() && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>Identity's password rule failures as errors on the new-password field, in plain words.</summary>
    public static void AddPasswordErrors(ModelStateDictionary modelState, IdentityResult result, string field)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(field, error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => "Password must be at least 12 characters.",
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Password must include a capital letter.",
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Password must include a small letter.",
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Password must include a number.",
                nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Password must include a symbol, like ! or #.",
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => "Password must use at least 6 different characters.",
                _ => error.Description,
            });
        }
    }

    /// <summary>Checks the new password and its confirmation were both typed and match.</summary>
    public static void RequireNewPassword(ModelStateDictionary modelState, string? password, string? confirm, string field, string confirmField)
    {
        if (string.IsNullOrEmpty(password))
        {
            modelState.AddModelError(field, "Enter a new password.");
        }
        else if (password != confirm)
        {
            modelState.AddModelError(confirmField, "The passwords do not match. Type the same password in both boxes.");
        }
    }
}
