using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Linkwell.Web.Tests;

/// <summary>
/// A signed-in person using the pages over HTTP, as a browser without JavaScript would: it reads each form
/// as served (hidden versions, antiforgery token, current values), changes what the test says, and posts it.
/// </summary>
public sealed class PageSession : IDisposable
{
    private static readonly IBrowsingContext Context = BrowsingContext.New(Configuration.Default);
    private readonly HttpClient _http;

    private PageSession(HttpClient http) => _http = http;

    /// <summary>Signs in with the password; with two-factor on, the session is left at the code step.</summary>
    public static async Task<PageSession> SignInAsync(LinkwellApp app, string email, string password = TestScheme.Password, bool expectTwoFactor = false)
    {
        var session = new PageSession(app.CreateBrowser());
        var page = await session.GetAsync("/Account/SignIn");
        using var response = await session.SubmitAsync(page, "main form", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}.");
        var next = response.Headers.Location!.OriginalString;
        Assert.Equal(expectTwoFactor, next.Contains("/Account/TwoFactor", StringComparison.Ordinal));
        return session;
    }

    public async Task<IHtmlDocument> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}.");
        return await ParseAsync(response, path);
    }

    public async Task<HttpResponseMessage> GetResponseAsync(string path) =>
        await _http.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Posts the form matched by the selector with its served values, changed by <paramref name="values"/>.</summary>
    /// <param name="formAction">The submit button's own formaction, when the form has several.</param>
    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string formSelector, Dictionary<string, string> values, string? formAction = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        var fields = FieldsOf(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var path = new Uri(page.Url).AbsolutePath;
        var action = formAction is not null ? path + formAction : form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Posts the form as multipart/form-data with its served values and one file in <paramref name="fileField"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(IHtmlDocument page, string formSelector, string fileField, string fileName, byte[] content)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form).Where(f => f.Key != fileField))
        {
            body.Add(new StringContent(value), name);
        }

        body.Add(new ByteArrayContent(content), fileField, fileName);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : new Uri(page.Url).PathAndQuery;
        return await _http.PostAsync(new Uri(action, UriKind.Relative), body);
    }

    /// <summary>The page a response carries, addressed at the path it came from so its forms post back there.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response, string? path = null)
    {
        var html = await response.Content.ReadAsStringAsync();
        var address = "http://localhost" + (path ?? response.RequestMessage?.RequestUri?.PathAndQuery ?? "/");
        return (IHtmlDocument)await Context.OpenAsync(r => r.Content(html).Address(address));
    }

    /// <summary>The messages of the page's error summary, in the order shown.</summary>
    public static IReadOnlyList<string> ErrorSummary(IDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();

    public void Dispose() => _http.Dispose();

    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement text:
                    fields.Add(new(name, text.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
            }
        }

        return fields;
    }
}
