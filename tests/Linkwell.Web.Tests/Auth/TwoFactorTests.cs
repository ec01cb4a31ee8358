using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Auth;

/// <summary>Turning on two-factor authentication, signing in with a recovery code, and turning it off again.</summary>
public sealed class TwoFactorTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task A_recovery_code_signs_in_once_and_turning_off_needs_the_password()
    {
        var scheme = await app.NewSchemeAsync();
        string[] codes;
        using (var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail))
        {
            var manage = await session.GetAsync("/Account/Manage");
            var key = manage.QuerySelector("#two-factor ~ ol code")!.TextContent;
            using var enabled = await session.SubmitAsync(manage, "form[action*='handler=EnableTwoFactor']", new() { ["TwoFactorCode"] = Totp(key) });
            Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
            var shown = await session.GetAsync("/Account/Manage");
            codes = shown.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent.Trim()).ToArray();
            Assert.Equal(10, codes.Distinct().Count());

            using var refused = await session.SubmitAsync(shown, "form:has(#ConfirmPassword)", new() { ["ConfirmPassword"] = "not my password" }, "?handler=DisableTwoFactor");
            Assert.Equal(["Your password is wrong."], PageSession.ErrorSummary(await PageSession.ParseAsync(refused)));
        }

        Assert.Equal(HttpStatusCode.Redirect, await SignInWithCodeAsync(scheme, codes[0]));
        Assert.Equal(HttpStatusCode.OK, await SignInWithCodeAsync(scheme, codes[0]));

        using var again = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail, expectTwoFactor: true);
        var page = await again.GetAsync("/Account/TwoFactor");
        using var withCode = await again.SubmitAsync(page, "main form", new() { ["Code"] = codes[1] });
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        var manageAgain = await again.GetAsync("/Account/Manage");
        Assert.Contains("You have 8 recovery codes left", manageAgain.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        using var off = await again.SubmitAsync(manageAgain, "form:has(#ConfirmPassword)", new() { ["ConfirmPassword"] = TestScheme.Password }, "?handler=DisableTwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Users.Where(u => u.Email == scheme.LinkWorkerEmail).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    /// <summary>Signs in with the password, then the code; a redirect means signed in, 200 means the page refused it.</summary>
    private async Task<HttpStatusCode> SignInWithCodeAsync(TestScheme scheme, string code)
    {
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail, expectTwoFactor: true);
        var page = await session.GetAsync("/Account/TwoFactor");
        using var response = await session.SubmitAsync(page, "main form", new() { ["Code"] = code });
        return response.StatusCode;
    }

    /// <summary>RFC 6238 with the authenticator defaults (SHA-1, 30 seconds, 6 digits), as a phone app computes it.</summary>
    private static string Totp(string base32Key)
    {
        var key = Base32(base32Key.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }

        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
