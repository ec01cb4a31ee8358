using Microsoft.Playwright;

namespace Linkwell.Browser.Tests;

/// <summary>Steps every journey takes: signing in as a demo user, and checking each page it visits.</summary>
public static class Journey
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/SignIn");
        await CheckAsync(page, "sign-in");
        await page.Locator("input[type=email], input[name$='Email']").First.FillAsync(email);
        await page.Locator("input[type=password]").First.FillAsync(BrowserApp.DemoPassword);
        await page.Locator("main form button[type=submit], main form button:not([type])").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.Ordinal));
        await CheckAsync(page, "home-" + email.Split('@')[0]);
    }

    /// <summary>Every page on the journey: a screenshot for the record, and no WCAG 2.2 A/AA violation.</summary>
    public static async Task CheckAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
