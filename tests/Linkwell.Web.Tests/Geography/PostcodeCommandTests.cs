using System.Diagnostics;
using Linkwell.Web.Features.Geography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.Geography;

/// <summary>
/// <c>import-postcodes</c> and <c>generate-postcodes</c> as an operator runs them: Linkwell started as its own
/// process with the command and configuration on its command line. On PostgreSQL it imports into this fixture's
/// database; on SQLite into a database file of its own (an in-memory database cannot be shared with a process).
/// </summary>
public sealed class PostcodeCommandTests(LinkwellApp app) : IClassFixture<LinkwellApp>, IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private readonly string _folder = Directory.CreateTempSubdirectory("linkwell-cli-").FullName;

    [Fact]
    public void Import_postcodes_takes_the_file_as_its_argument()
    {
        var command = CommandLine.Parse(["import-postcodes", "/data/ONSPD_FEB_2025_UK.csv"]);

        Assert.Equal("import-postcodes", command.Name);
        Assert.Equal("/data/ONSPD_FEB_2025_UK.csv", command.Options["path"]);
        Assert.Empty(command.HostArgs);
    }

    [Fact]
    public void Generate_postcodes_takes_a_file_and_a_number_per_district()
    {
        var command = CommandLine.Parse(["generate-postcodes", "sample.csv", "--per-district", "50", "--Data:Folder=x"]);

        Assert.Equal("generate-postcodes", command.Name);
        Assert.Equal(("sample.csv", "50"), (command.Options["path"], command.Options["per-district"]));
        Assert.Equal(["--Data:Folder=x"], command.HostArgs);
    }

    [Fact]
    public async Task Import_postcodes_loads_the_file_and_prints_progress_and_a_summary()
    {
        var csv = await TestOnspd.WriteAsync(_folder);

        var run = await RunAsync("import-postcodes", csv);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Importing postcodes from {csv}", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"100[.,]0%\s+10 rows\s+[0-9.,]+ rows/s; working out district centroids", run.Output);
        Assert.Contains("Loaded 5 postcodes and 3 districts from 10 rows in ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Skipped 5 rows (no coordinates: 1; malformed postcode: 1; postcode listed twice: 1; malformed row: 2).", run.Output, StringComparison.Ordinal);
        Assert.Equal(5, await CountPostcodesAsync());
    }

    [Fact]
    public async Task Import_postcodes_refuses_a_file_that_is_not_the_directory_and_says_why()
    {
        var csv = await TestOnspd.WriteAsync(_folder, "postcode,latitude,longitude\n\"LS1 4AP\",53.8,-1.5\n");

        var run = await RunAsync("import-postcodes", csv);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("This is not an ONS Postcode Directory CSV file: its first row has no pcds, lat, long column.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Loaded", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_postcodes_writes_a_sample_that_import_postcodes_then_loads()
    {
        var csv = Path.Combine(_folder, "sample.csv");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await PostcodeCommands.GenerateAsync(csv, "2", output, error);

        Assert.Equal(0, exit);
        var rows = File.ReadLines(csv).Count() - 1;
        Assert.Equal($"Wrote {rows:N0} synthetic postcodes (2 a district) to {csv}.{Environment.NewLine}", output.ToString());
        var run = await RunAsync("import-postcodes", csv);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"from {rows:N0} rows", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("sample.csv", "none")]
    [InlineData("sample.csv", "0")]
    public async Task Generate_postcodes_without_a_file_or_with_a_bad_number_shows_its_usage(string? path, string? perDistrict)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await PostcodeCommands.GenerateAsync(path, perDistrict, output, error);

        Assert.Equal(2, exit);
        Assert.StartsWith("Usage: generate-postcodes PATH [--per-district N]", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<int> CountPostcodesAsync()
    {
        if (app.OnPostgres)
        {
            return await app.WithDbAsync(db => db.PostcodeLocations.CountAsync());
        }

        await using var sqlite = new SqliteConnection($"Data Source={SqliteFile};Pooling=False");
        await sqlite.OpenAsync();
        await using var count = sqlite.CreateCommand();
        count.CommandText = "SELECT count(*) FROM \"PostcodeLocations\"";
        return Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private string SqliteFile => Path.Combine(_folder, "linkwell.db");

    /// <summary>Runs the built Linkwell.Web.dll with the arguments, against the test's database.</summary>
    private async Task<CliRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Linkwell.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var connectionString = app.OnPostgres
            ? app.Services.GetRequiredService<IConfiguration>().GetConnectionString("Linkwell")
            : $"Data Source={SqliteFile}";
        start.ArgumentList.Add($"--Database:Provider={(app.OnPostgres ? "Postgres" : "Sqlite")}");
        start.ArgumentList.Add($"--ConnectionStrings:Linkwell={connectionString}");
        start.ArgumentList.Add("--Database:MigrateOnStart=true");
        start.ArgumentList.Add($"--Data:Folder={_folder}");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        return new CliRun(process.ExitCode, await output, await error);
    }

    private sealed record CliRun(int ExitCode, string Output, string Error);
}
