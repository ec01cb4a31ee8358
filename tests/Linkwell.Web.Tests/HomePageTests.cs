using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Linkwell.Web.Tests;

public sealed class HomePageTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task The_home_page_is_in_british_english_and_starts_with_a_skip_link_to_the_main_content()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));
        var document = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        var skip = document.QuerySelector<IHtmlAnchorElement>("body a.nhsuk-skip-link");
        Assert.NotNull(skip);
        Assert.Equal("#maincontent", skip.GetAttribute("href"));
        Assert.Same(skip, document.Body!.QuerySelectorAll("a").First());
        Assert.NotNull(document.GetElementById("maincontent"));
        Assert.Equal("Home – Linkwell", document.Title);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        using var browser = app.CreateBrowser();

        using var response = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }
}
