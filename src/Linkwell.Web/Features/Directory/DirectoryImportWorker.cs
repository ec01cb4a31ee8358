using Linkwell.Web.Data;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// Imports uploaded files in the background, one at a time, into the import begun when each was uploaded (whose
/// page shows its progress meanwhile); then audits it and deletes the file.
/// </summary>
public sealed partial class DirectoryImportWorker(IServiceScopeFactory scopes, DirectoryJobs jobs, AuditLog audit, TimeProvider clock, ILogger<DirectoryImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var upload in jobs.Uploads.ReadAllAsync(stoppingToken))
        {
            try
            {
                DirectoryImport report;
                try
                {
                    report = await ImportAsync(upload, stoppingToken);
                }
                finally
                {
                    File.Delete(upload.Path);
                }

                await audit.RecordImportAsync(upload.Actor, report, CancellationToken.None);
                jobs.Finished(report);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The worker carries on with the next file whatever happened to this one.
                ImportFailed(logger, ex, upload.ImportId);
            }
        }
    }

    private async Task<DirectoryImport> ImportAsync(QueuedImport upload, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var import = await db.Set<DirectoryImport>().AsNoTracking().SingleAsync(i => i.Id == upload.ImportId, ct);
        try
        {
            return await scope.ServiceProvider.GetRequiredService<DirectoryImporter>().ImportFileAsync(import, upload.Path, null, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever broke, the import's page must not say "running" for ever.
            ImportFailed(logger, ex, upload.ImportId);
            db.ChangeTracker.Clear();
            var message = $"The import could not finish: {ex.Message}";
            import.State = DirectoryImportState.Failed;
            import.Message = message.Length > 2000 ? message[..2000] : message;
            import.FinishedUtc = clock.GetUtcNow().UtcDateTime;
            db.Update(import);
            await db.SaveChangesAsync(CancellationToken.None);
            return import;
        }
    }

    [LoggerMessage(EventId = 24, Level = LogLevel.Error, Message = "Directory import {ImportId} of an uploaded file failed")]
    private static partial void ImportFailed(ILogger logger, Exception ex, Guid importId);
}
