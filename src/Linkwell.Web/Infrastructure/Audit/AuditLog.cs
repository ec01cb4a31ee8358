using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Infrastructure.Audit;

/// <summary>What happened, as a caller describes it to <see cref="AuditLog"/>.</summary>
public sealed record AuditEvent(AuditAction Action, string RecordType, string? RecordId, AuditOutcome Outcome, string? Detail = null);

/// <summary>
/// Appends to the hash-chained audit trail. Appends are serialised (one process-wide lock, plus a
/// PostgreSQL advisory lock so several instances cannot fork the chain) and written through their own
/// unit of work, so an audit entry survives even when the audited change fails.
/// </summary>
public sealed class AuditLog(IServiceScopeFactory scopes, IHttpContextAccessor http, TimeProvider clock)
{
    private const long ChainLockKey = 0x4C696E6B77656C6C; // "Linkwell"
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public Task RecordAsync(AuditEvent entry, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        return AppendAsync(user.ActorId(), user.Name(), user.SchemeId(), entry, cancellationToken);
    }

    public async Task AppendAsync(string actorId, string actorName, Guid? schemeId, AuditEvent entry, CancellationToken cancellationToken = default)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChainLockKey})", cancellationToken);
            }

            var previous = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var draft = new AuditEntry
            {
                AtUtc = clock.GetUtcNow().UtcDateTime,
                ActorId = actorId,
                ActorName = actorName,
                SchemeId = schemeId,
                Action = entry.Action,
                RecordType = entry.RecordType,
                RecordId = entry.RecordId,
                Outcome = entry.Outcome,
                Detail = entry.Detail,
                PreviousHash = previous,
            };
            db.AuditEntries.Add(WithHash(draft));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Walks the chain from the start; returns the id of the first entry that does not fit, or null.</summary>
    public static async Task<long?> FindBreakAsync(AppDbContext db, CancellationToken cancellationToken = default)
    {
        var previous = string.Empty;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.PreviousHash != previous || entry.Hash != ComputeHash(entry))
            {
                return entry.Id;
            }

            previous = entry.Hash;
        }

        return null;
    }

    private static AuditEntry WithHash(AuditEntry draft) => new()
    {
        AtUtc = draft.AtUtc,
        ActorId = draft.ActorId,
        ActorName = draft.ActorName,
        SchemeId = draft.SchemeId,
        Action = draft.Action,
        RecordType = draft.RecordType,
        RecordId = draft.RecordId,
        Outcome = draft.Outcome,
        Detail = draft.Detail,
        PreviousHash = draft.PreviousHash,
        Hash = ComputeHash(draft),
    };

    internal static string ComputeHash(AuditEntry e)
    {
        // Ticks are truncated to microseconds: PostgreSQL stores no finer, and the hash must survive a round trip.
        var at = (e.AtUtc.Ticks / 10).ToString(CultureInfo.InvariantCulture);
        var canonical = string.Join('\u001f', e.PreviousHash, at, e.ActorId, e.ActorName, e.SchemeId?.ToString() ?? string.Empty,
            e.Action, e.RecordType, e.RecordId ?? string.Empty, e.Outcome, e.Detail ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
