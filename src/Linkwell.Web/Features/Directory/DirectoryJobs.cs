using System.Threading.Channels;
using Linkwell.Web.Infrastructure;
using Linkwell.Web.Infrastructure.Audit;

namespace Linkwell.Web.Features.Directory;

/// <summary>Who an import or export is recorded against in the audit trail.</summary>
public sealed record DirectoryActor(string Id, string Name, Guid? SchemeId = null)
{
    public static readonly DirectoryActor CommandLine = new("cli", "Command line");

    public static readonly DirectoryActor Schedule = new("feed-schedule", "Feed schedule");
}

/// <summary>A file uploaded by a directory manager, waiting to be imported into the import begun for it.</summary>
public sealed record QueuedImport(Guid ImportId, string Path, DirectoryActor Actor);

/// <summary>
/// What the directory's background work shares with the pages: the queue of uploaded files, the signal that
/// wakes the feed scheduler ("Sync now"), and word of every background import as it finishes.
/// </summary>
public sealed class DirectoryJobs
{
    private readonly Channel<QueuedImport> _uploads = Channel.CreateUnbounded<QueuedImport>(new UnboundedChannelOptions { SingleReader = true });

    public WakeSignal FeedsDue { get; } = new();

    /// <summary>Raised when a feed sync (with its feed updated) or an uploaded file's import has finished.</summary>
    public event Action<DirectoryImport>? ImportFinished;

    public ChannelReader<QueuedImport> Uploads => _uploads.Reader;

    public void Queue(QueuedImport upload) => _uploads.Writer.TryWrite(upload);

    public void Finished(DirectoryImport import) => ImportFinished?.Invoke(import);
}

/// <summary>Every import and export of the directory goes in the audit trail, with how it ended.</summary>
public static class DirectoryAudit
{
    public static Task RecordImportAsync(this AuditLog audit, DirectoryActor actor, DirectoryImport import, CancellationToken ct) =>
        audit.AppendAsync(actor.Id, actor.Name, actor.SchemeId, new AuditEvent(
            AuditAction.Import, "DirectoryImport", import.Id.ToString(),
            import.State == DirectoryImportState.Succeeded ? AuditOutcome.Success : AuditOutcome.Failed,
            Clip($"from {import.Source}: {import.Message}")), ct);

    public static Task RecordExportAsync(this AuditLog audit, DirectoryActor actor, DirectoryExportFormat format, int services, CancellationToken ct) =>
        audit.AppendAsync(actor.Id, actor.Name, actor.SchemeId, new AuditEvent(
            AuditAction.Export, "Directory", null, AuditOutcome.Success, $"{services} services exported as {DirectoryExport.Describe(format)}"), ct);

    /// <summary>A change to one listing (merged, kept apart) by the signed-in directory manager.</summary>
    public static Task RecordListingAsync(this AuditLog audit, string serviceId, string detail, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditAction.Update, "DirectoryService", Clip(serviceId, 100), AuditOutcome.Success, Clip(detail)), ct);

    /// <summary>The audit trail's columns are bounded (detail 500, record id 100 characters).</summary>
    private static string Clip(string text, int max = 500) => text.Length <= max ? text : text[..max];
}
