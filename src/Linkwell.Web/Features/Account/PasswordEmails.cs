using System.Text;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Linkwell.Web.Features.Account;

/// <summary>
/// E-mails that carry a link to choose a password: a forgotten password, or a new account. The caller
/// saves the unit of work. Links use the configured public address, never the request's Host header,
/// which an attacker could forge to harvest reset tokens.
/// </summary>
public sealed class PasswordEmails(UserManager<LinkwellUser> users, AppDbContext db, EmailOutbox outbox, IOptions<EmailOptions> options)
{
    public async Task QueueResetAsync(LinkwellUser user)
    {
        var body = new StringBuilder()
            .AppendLine($"Hello {user.DisplayName},")
            .AppendLine()
            .AppendLine("Someone asked to reset the password for your Linkwell account. If it was you, choose a new password here:")
            .AppendLine(await LinkAsync(user))
            .AppendLine()
            .AppendLine("The link works once, for 24 hours. If you did not ask, ignore this email: your password has not changed.")
            .ToString();
        outbox.Enqueue(db, user.Email!, "Reset your Linkwell password", body);
    }

    public async Task QueueWelcomeAsync(LinkwellUser user)
    {
        var body = new StringBuilder()
            .AppendLine($"Hello {user.DisplayName},")
            .AppendLine()
            .AppendLine("A Linkwell account has been made for you. Choose your password here to start using it:")
            .AppendLine(await LinkAsync(user))
            .AppendLine()
            .AppendLine($"The link works once, for 24 hours. If it has expired, go to {BaseUrl}/Account/ForgotPassword to get a new one.")
            .ToString();
        outbox.Enqueue(db, user.Email!, "Set your Linkwell password", body);
    }

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    private async Task<string> LinkAsync(LinkwellUser user)
    {
        // Identity tokens contain '+' and '/', which do not survive a URL; Base64Url keeps them intact.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        return $"{BaseUrl}/Account/ResetPassword?email={Uri.EscapeDataString(user.Email!)}&code={code}";
    }
}
