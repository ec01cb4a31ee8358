using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Directory;
using Linkwell.Web.Features.Directory.Manage;
using Linkwell.Web.Infrastructure;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>The directory manager's pages, used over HTTP as a browser without JavaScript would.</summary>
public sealed class DirectoryManagePageTests(FeedApp app) : IClassFixture<FeedApp>
{
    [Fact]
    public async Task Directory_managers_and_admins_may_use_the_pages_and_link_workers_may_not()
    {
        var scheme = await app.NewSchemeAsync();
        var admin = $"admin.{Guid.NewGuid():N}@example.org";
        await using (var scope = app.WideScope(out _))
        {
            var created = await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(new NewAccount(admin, "An Admin", null, [Roles.Admin], null, null), TestScheme.Password);
            Assert.True(created.Succeeded);
        }

        using var manager = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        using var administrator = await PageSession.SignInAsync(app, admin);
        using var linkWorker = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);

        Assert.Equal("Service directory", (await manager.GetAsync("/Directory/Manage")).QuerySelector("h1")!.TextContent);
        Assert.Equal("Service directory", (await administrator.GetAsync("/Directory/Manage")).QuerySelector("h1")!.TextContent);
        using var refused = await linkWorker.GetResponseAsync("/Directory/Manage/Feed");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/Account/AccessDenied", refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_feed_address_that_is_not_a_web_address_is_refused_with_the_reason_and_what_was_typed_kept()
    {
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var page = await session.GetAsync("/Directory/Manage/Feed");

        using var response = await session.SubmitAsync(page, "main form", new() { ["Input.Name"] = "Wakefield directory", ["Input.Url"] = "ftp://wakefield.example.org/oruk", ["Input.Every"] = "6" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await PageSession.ParseAsync(response);
        Assert.Equal(["Enter the feed's address as a full web address starting with https:// or http://, like https://example.org/oruk."], PageSession.ErrorSummary(shown));
        Assert.Equal("Wakefield directory", shown.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));
        Assert.Equal("ftp://wakefield.example.org/oruk", shown.QuerySelector("input[name='Input.Url']")!.GetAttribute("value"));
        Assert.NotNull(shown.QuerySelector("select[name='Input.Every'] option[value='6'][selected]"));
        Assert.False(await app.WithDbAsync(db => db.Set<DirectoryFeed>().AnyAsync(f => f.Name == "Wakefield directory")));
    }

    [Fact]
    public async Task A_feed_added_on_the_page_syncs_in_the_background_is_listed_with_how_it_went_and_syncs_again_when_asked()
    {
        await using var fake = await FakeOrukFeed.StartAsync();
        fake.Put(FakeOrukFeed.Service(Guid.NewGuid().ToString(), "Bradford walkers", "2026-10-01T09:00:00Z"));
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var form = await session.GetAsync("/Directory/Manage/Feed");

        await app.WhenImportedAsync(1, i => i.Source == fake.Url, async () =>
        {
            using var added = await session.SubmitAsync(form, "main form", new() { ["Input.Name"] = "Bradford directory", ["Input.Url"] = fake.Url, ["Input.Every"] = "24" });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        });

        var list = await session.GetAsync("/Directory/Manage");
        var row = list.QuerySelectorAll("#feeds tbody tr").Single(r => r.TextContent.Contains("Bradford directory", StringComparison.Ordinal));
        Assert.Contains(fake.Url, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Every day", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Synced", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", row.QuerySelector("td.nhsuk-table__cell--numeric")!.TextContent.Trim());
        fake.Requests.Clear();

        var again = await app.WhenImportedAsync(1, i => i.Source == fake.Url, async () =>
        {
            using var synced = await session.SubmitAsync(list, $"form[action*='handler=Sync'][action*='{row.QuerySelector("a")!.GetAttribute("href")!.Split('/')[^1]}']", []);
            Assert.Equal(HttpStatusCode.Redirect, synced.StatusCode);
        });

        Assert.Equal(DirectoryImportState.Succeeded, again.Single().State);
        Assert.Contains(fake.Requests, r => r.Contains("modified_after=2026-10-01T09%3A00%3A00Z", StringComparison.Ordinal));
        var imports = await session.GetAsync("/Directory/Manage/Imports");
        Assert.Equal(2, imports.QuerySelectorAll("#imports tbody tr").Count(r => r.TextContent.Contains("Feed Bradford directory", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_paused_feed_says_so_and_offers_no_sync()
    {
        var feed = await app.AddFeedAsync("Paused directory", "https://paused.example.org/oruk");
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var form = await session.GetAsync($"/Directory/Manage/Feed/{feed.Id}");

        using var saved = await session.SubmitAsync(form, "main form", new() { ["Input.Enabled"] = "no" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.False((await app.FeedAsync(feed.Id)).Enabled);
        var row = (await session.GetAsync("/Directory/Manage")).QuerySelectorAll("#feeds tbody tr").Single(r => r.TextContent.Contains("Paused directory", StringComparison.Ordinal));
        Assert.Contains("Paused", row.QuerySelector("td:nth-child(2)")!.TextContent, StringComparison.Ordinal);
        Assert.Null(row.QuerySelector("form"));
    }

    [Fact]
    public async Task An_uploaded_file_is_imported_in_the_background_and_its_report_lists_every_problem_with_its_reason()
    {
        var good = Guid.NewGuid().ToString();
        var nameless = Guid.NewGuid().ToString();
        var ndjson = new JsonObject { ["id"] = good, ["name"] = "Upload lunch club", ["status"] = "active" }.ToJsonString() + "\n"
            + new JsonObject { ["id"] = nameless, ["name"] = "", ["status"] = "active" }.ToJsonString() + "\n";
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var form = await session.GetAsync("/Directory/Manage/Upload");
        string? location = null;

        var imports = await app.WhenImportedAsync(1, i => i.Source == "lunch.ndjson", async () =>
        {
            using var uploaded = await session.UploadAsync(form, "main form", "Upload", "lunch.ndjson", Encoding.UTF8.GetBytes(ndjson));
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
            location = uploaded.Headers.Location!.OriginalString;
        });

        Assert.Equal($"/Directory/Manage/Import/{imports.Single().Id}", location);
        var report = await session.GetAsync(location!);
        Assert.Null(report.QuerySelector("meta[http-equiv='refresh']"));
        Assert.Contains("Finished", report.QuerySelector("#import-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2", "1", "0", "0", "1"], report.QuerySelectorAll("#import-counts td").Select(td => td.TextContent.Trim()));
        var problem = Assert.Single(report.QuerySelectorAll("#import-problems tbody tr"));
        Assert.Contains(nameless, problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("record 2", problem.TextContent, StringComparison.Ordinal);
        Assert.Contains("it has no name", problem.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<DirectoryServiceRecord>().AnyAsync(r => r.Id == good)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Import && e.RecordId == imports.Single().Id.ToString() && e.ActorName == "Dana Directory")));
        Assert.Empty(Directory.GetFiles(Path.Combine(app.Services.GetRequiredService<DataFolder>().Root, "imports")));
    }

    [Fact]
    public async Task An_import_still_running_shows_its_progress_and_refreshes_itself_every_two_seconds()
    {
        Guid id;
        await using (var scope = app.WideScope(out _))
        {
            id = (await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().BeginAsync("big.ndjson", null, "Dana Directory", default)).Id;
        }

        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var page = await session.GetAsync($"/Directory/Manage/Import/{id}");

        Assert.Equal("2", page.QuerySelector("meta[http-equiv='refresh']")!.GetAttribute("content"));
        Assert.Contains("Running", page.QuerySelector("#import-state")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_report_is_shown_in_pages_and_the_last_page_holds_the_rest()
    {
        Guid id;
        await using (var scope = app.WideScope(out var db))
        {
            var import = await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().BeginAsync("many-problems.json", null, null, default);
            import.Problems.AddRange(Enumerable.Range(1, 250).Select(n => new ImportProblem("service", $"id-{n}", $"record {n}", "Skipped: it has no name.")));
            import.State = DirectoryImportState.Succeeded;
            db.Update(import);
            await db.SaveChangesAsync();
            id = import.Id;
        }

        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var first = await session.GetAsync($"/Directory/Manage/Import/{id}");
        var second = await session.GetAsync($"/Directory/Manage/Import/{id}?page=2");

        Assert.Equal(ImportModel.ProblemsPerPage, first.QuerySelectorAll("#import-problems tbody tr").Length);
        var rest = second.QuerySelectorAll("#import-problems tbody tr");
        Assert.Equal(50, rest.Length);
        Assert.Contains("id-201", rest[0].TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("services.txt", "The file must be ORUK JSON (.json), ndjson (.ndjson) or a CSV data package (.zip).")]
    [InlineData("empty.json", "Select a file to import.")]
    public async Task Uploading_an_empty_file_or_the_wrong_kind_says_why(string name, string message)
    {
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var form = await session.GetAsync("/Directory/Manage/Upload");

        using var response = await session.UploadAsync(form, "main form", "Upload", name, name.StartsWith("empty", StringComparison.Ordinal) ? [] : "hello"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([message], PageSession.ErrorSummary(await PageSession.ParseAsync(response)));
    }

    [Theory]
    [InlineData("json", "application/json", ".json")]
    [InlineData("ndjson", "application/x-ndjson", ".ndjson")]
    [InlineData("csv", "application/zip", ".zip")]
    public async Task The_whole_directory_downloads_in_each_format_and_the_download_is_audited(string format, string contentType, string extension)
    {
        using var session = await PageSession.SignInAsync(app, FeedApp.ManagerEmail);
        var list = await session.GetAsync("/Directory/Manage");
        var link = list.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")!).Single(h => h.EndsWith("format=" + format, StringComparison.Ordinal));
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.ActorName == "Dana Directory"));

        using var response = await session.GetResponseAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(extension, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var body = await response.Content.ReadAsByteArrayAsync();
        var listed = app.Services.GetRequiredService<DirectoryIndex>().Current.Count;
        if (format == "json")
        {
            Assert.Equal(listed, JsonNode.Parse(body)!["total_items"]!.GetValue<int>());
        }
        else if (format == "ndjson")
        {
            Assert.Equal(listed, Encoding.UTF8.GetString(body).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        else
        {
            Assert.Equal("PK"u8.ToArray(), body[..2]);
        }

        Assert.Equal(before + 1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.ActorName == "Dana Directory")));
    }
}
