using Linkwell.Web.Data;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// The command-line work behind <c>import-directory PATH</c> and <c>generate-directory PATH [--services N]</c>;
/// <see cref="CommandLine"/> only dispatches here.
/// </summary>
public static class DirectoryCommands
{
    public static async Task<int> GenerateAsync(IServiceProvider services, IConfiguration configuration, string? path, string? count, TextWriter output, TextWriter error)
    {
        var services100k = 100_000;
        if (string.IsNullOrWhiteSpace(path) || (count is not null && (!int.TryParse(count, System.Globalization.CultureInfo.InvariantCulture, out services100k) || services100k < 1)))
        {
            await error.WriteLineAsync("Usage: generate-directory PATH [--services N] (ORUK services as ndjson at imported postcodes; N is 100,000 unless given)");
            return 2;
        }

        await DatabaseSetup.PrepareAsync(services, configuration);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var file = new StreamWriter(path);
        try
        {
            var written = await DirectorySample.WriteAsync(db, file, services100k, seed: 2026, DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);
            await output.WriteLineAsync($"Wrote {written:N0} services to {path}.");
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    public static async Task<int> ImportAsync(IServiceProvider services, IConfiguration configuration, string? path, TextWriter output, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            await error.WriteLineAsync("Usage: import-directory PATH (an ORUK JSON or ndjson file, a CSV data package folder, or a .zip of one)");
            return 2;
        }

        if (!File.Exists(path) && !System.IO.Directory.Exists(path))
        {
            await error.WriteLineAsync($"There is nothing at {path}.");
            return 1;
        }

        await DatabaseSetup.PrepareAsync(services, configuration);
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<DirectoryImporter>();
        await output.WriteLineAsync($"Importing the directory from {path}");
        var started = TimeProvider.System.GetTimestamp();
        var progress = new Progress<DirectoryImportProgress>(p =>
            output.WriteLine($"  {p.Read:N0} read: {p.Added:N0} added, {p.Updated:N0} updated, {p.Unchanged:N0} unchanged, {p.Skipped:N0} skipped ({p.Read / Math.Max(0.001, TimeProvider.System.GetElapsedTime(started).TotalSeconds):N0} a second)"));
        var report = await importer.ImportFileAsync(path, "command line", progress, CancellationToken.None);
        await output.WriteLineAsync(report.Message);
        foreach (var problem in report.Problems.Take(50))
        {
            await output.WriteLineAsync($"  {problem.RecordType} {problem.RecordId ?? "(no id)"} ({problem.Where}): {problem.Reason}");
        }

        if (report.Problems.Count > 50)
        {
            await output.WriteLineAsync($"  … and {report.Problems.Count - 50:N0} more problems; the import's report has them all.");
        }

        return report.State == DirectoryImportState.Succeeded ? 0 : 1;
    }
}
