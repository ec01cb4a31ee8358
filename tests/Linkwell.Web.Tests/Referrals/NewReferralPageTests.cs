using System.Net;

namespace Linkwell.Web.Tests.Referrals;

public sealed class NewReferralPageTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task An_anonymous_visitor_to_the_referral_form_is_sent_to_sign_in()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/Referrals/New", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        Assert.Equal("/Account/SignIn", path);
        Assert.Contains("ReturnUrl=%2FReferrals%2FNew", location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_token_does_not_open_the_referral_form()
    {
        var scheme = await app.NewSchemeAsync();
        var token = await app.TokenAsync(scheme.ClientId, scheme.ClientSecret);
        using var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await browser.GetAsync(new Uri("/Referrals/New", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/SignIn", response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location.AbsolutePath : response.Headers.Location.OriginalString, StringComparison.Ordinal);
    }
}
