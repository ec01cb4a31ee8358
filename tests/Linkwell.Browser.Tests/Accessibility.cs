using System.Text.Json;
using Microsoft.Playwright;

namespace Linkwell.Browser.Tests;

/// <summary>
/// Runs axe-core (from npm, node_modules/axe-core) on the current page against WCAG 2.0, 2.1 and 2.2 at
/// levels A and AA, and fails with each violation's rule, impact and first offending element.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(FindAxe()));

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(AxeSource.Value);
        }

        var json = await page.EvaluateAsync<JsonElement>(
            "async tags => { const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } }); " +
            "return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, target: v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(' | ') })); }",
            Tags);
        var violations = json.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at {v.GetProperty("target").GetString()}")
            .ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join('\n', violations));
    }

    private static string FindAxe()
    {
        var repoRoot = typeof(Accessibility).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;
        var candidate = Path.Combine(repoRoot, "node_modules", "axe-core", "axe.min.js");
        return File.Exists(candidate)
            ? candidate
            : throw new FileNotFoundException("axe-core is missing: run `npm ci` at the repository root (./test.sh does).");
    }
}
