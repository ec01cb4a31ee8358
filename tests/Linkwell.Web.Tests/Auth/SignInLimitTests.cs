using System.Net;

namespace Linkwell.Web.Tests.Auth;

/// <summary>A host with the production-like sign-in limit turned down to three posts a minute.</summary>
public sealed class LinkwellAppWithStrictSignInLimit : LinkwellApp
{
    protected override int SignInPerMinute => 3;
}

public sealed class SignInLimitTests(LinkwellAppWithStrictSignInLimit app) : IClassFixture<LinkwellAppWithStrictSignInLimit>
{
    [Fact]
    public async Task Guessing_passwords_is_stopped_after_the_limit_while_the_page_still_reads()
    {
        var scheme = await app.NewSchemeAsync();
        using var browser = app.CreateBrowser();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add(await PostWrongPasswordAsync(browser));
        }

        using var page = await browser.GetAsync(new Uri("/Account/SignIn", UriKind.Relative));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        async Task<HttpStatusCode> PostWrongPasswordAsync(HttpClient http)
        {
            var form = await PageSession.ParseAsync(await http.GetAsync(new Uri("/Account/SignIn", UriKind.Relative)), "/Account/SignIn");
            var token = form.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = scheme.LinkWorkerEmail,
                ["Input.Password"] = "wrong-password",
                ["__RequestVerificationToken"] = token,
            });
            using var response = await http.PostAsync(new Uri("/Account/SignIn", UriKind.Relative), content);
            return response.StatusCode;
        }
    }
}
