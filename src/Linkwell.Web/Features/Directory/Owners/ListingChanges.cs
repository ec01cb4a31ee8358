using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Shared;
using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Geography;
using Linkwell.Web.Features.Shared;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Directory.Owners;

public enum EditOutcome
{
    Unchanged,
    Applied,
    Requested,
}

/// <summary>
/// What owners and directory managers do to listings. Every change goes through the writer (a new revision
/// for every search index) and this process's index is refreshed at once; every write is audited. An edit
/// to a listing that came from a feed or an import, or that is published, waits for a directory manager.
/// </summary>
public sealed class ListingChanges(
    AppDbContext db, DirectoryWriter writer, DirectoryIndex index, IGeocoder geocoder, OwnerMail mail, AuditLog audit, TimeProvider clock)
{
    public const string RecordType = "DirectoryService";
    public const string RequestRecordType = "DirectoryChangeRequest";

    private const string ChangedWhileEditing =
        "This listing changed while you were editing it. Check it as it is now below: what you typed is kept, so save again if it is still right.";

    private const string Gone = "This listing is no longer in the directory.";

    /// <summary>Changes to listings from elsewhere, or that link workers already see, are approved first.</summary>
    public static bool NeedsApproval(DirectoryServiceRecord record, OrukService service) =>
        record.FeedId is not null || record.OriginalJson is not null || service.Status == OrukCodes.Active;

    public static async Task<DirectoryChangeRequest?> PendingAsync(AppDbContext db, string serviceId, CancellationToken ct) =>
        await db.Set<DirectoryChangeRequest>().AsNoTracking()
            .Where(r => r.ServiceId == serviceId && r.State == ChangeRequestState.Pending)
            .OrderByDescending(r => r.RequestedUtc).FirstOrDefaultAsync(ct);

    public async Task SetCapacityAsync(string serviceId, string capacity, CancellationToken ct)
    {
        var done = await writer.SetCapacityAsync(serviceId, capacity, ct);
        await index.RefreshAsync(ct);
        await AuditAsync(AuditAction.Update, RecordType, serviceId, done ? AuditOutcome.Success : AuditOutcome.NotFound, $"capacity status set to {capacity}", ct);
    }

    /// <summary>"These details are still correct": today's assured date, and who said so.</summary>
    public async Task<bool> ConfirmAsync(string serviceId, string ownerEmail, CancellationToken ct)
    {
        var today = UkTime.Today(clock);
        var record = await writer.UpdateServiceAsync(serviceId, (_, service) => (service.AssuredDate, service.AssurerEmail) = (today, ownerEmail), ct);
        await index.RefreshAsync(ct);
        await AuditAsync(AuditAction.Update, RecordType, serviceId, record is null ? AuditOutcome.NotFound : AuditOutcome.Success, "confirmed still correct", ct);
        return record is not null;
    }

    /// <summary>An owner's edit of the listing as it was at <paramref name="seenRevision"/>.</summary>
    /// <exception cref="DomainException">The listing changed since the form was drawn, or is gone.</exception>
    public async Task<EditOutcome> EditAsync(LinkwellUser owner, DirectoryServiceRecord record, long seenRevision, ListingDetails proposed, CancellationToken ct)
    {
        var service = OrukJson.Deserialize<OrukService>(record.Json);
        var before = ListingDetails.Of(service);
        var parts = ListingDetails.Differences(before, proposed);
        if (record.Revision != seenRevision)
        {
            await AuditAsync(AuditAction.Update, RecordType, record.Id, AuditOutcome.Conflict, "owner's change refused: the listing changed", ct);
            throw new DomainException(ChangedWhileEditing);
        }

        if (parts.Count == 0)
        {
            return EditOutcome.Unchanged;
        }

        if (NeedsApproval(record, service))
        {
            await RequestAsync(owner, record, service, before, proposed, ct);
            return EditOutcome.Requested;
        }

        var place = await PlaceAsync(before, proposed, ct);
        try
        {
            _ = await writer.UpdateServiceAsync(record.Id, (current, changing) =>
            {
                if (current.Revision != seenRevision)
                {
                    throw new DomainException(ChangedWhileEditing);
                }

                ListingDetails.Apply(changing, before, proposed, place);
                changing.LastModified = clock.GetUtcNow();
            }, ct) ?? throw new DomainException(Gone);
        }
        catch (DomainException)
        {
            await AuditAsync(AuditAction.Update, RecordType, record.Id, AuditOutcome.Conflict, "owner's change refused", ct);
            throw;
        }

        await index.RefreshAsync(ct);
        await AuditAsync(AuditAction.Update, RecordType, record.Id, AuditOutcome.Success, $"changed by its owner: {Labels(parts)}", ct);
        return EditOutcome.Applied;
    }

    /// <summary>Applies a request to the listing, unless the listing's details changed since it was drawn.</summary>
    /// <exception cref="DomainException">Already decided, stale, or the listing is gone.</exception>
    public async Task ApproveAsync(DirectoryChangeRequest request, string managerName, CancellationToken ct)
    {
        var place = await PlaceAsync(request.Before, request.Proposed, ct);
        try
        {
            Decide(request, ChangeRequestState.Approved, managerName, null);
            _ = await writer.UpdateServiceAsync(request.ServiceId, (record, service) =>
            {
                if (record.Revision != request.BaseRevision && ListingDetails.Differences(request.Before, ListingDetails.Of(service)) is { Count: > 0 } since)
                {
                    throw new DomainException(
                        $"This listing has changed since {request.RequestedByName} asked for this change (its {Labels(since)} {(since.Count == 1 ? "is" : "are")} not what they saw). "
                        + "Approving it would undo that. Reject it, and ask them to make their change again on the listing as it is now.");
                }

                ListingDetails.Apply(service, request.Before, request.Proposed, place);
                service.LastModified = clock.GetUtcNow();
            }, ct) ?? throw new DomainException(Gone + " Reject the request instead.");
        }
        catch (DomainException)
        {
            db.ChangeTracker.Clear();
            await AuditAsync(AuditAction.Update, RequestRecordType, request.Id.ToString(), AuditOutcome.Conflict, "approval refused", ct);
            throw;
        }

        await index.RefreshAsync(ct);
        await AuditAsync(AuditAction.Update, RecordType, request.ServiceId, AuditOutcome.Success, $"change request {request.Id} approved", ct);
    }

    public async Task RejectAsync(DirectoryChangeRequest request, string managerName, string reason, CancellationToken ct)
    {
        Decide(request, ChangeRequestState.Rejected, managerName, reason);
        await db.SaveChangesAsync(ct);
        await AuditAsync(AuditAction.Update, RequestRecordType, request.Id.ToString(), AuditOutcome.Success, "rejected", ct);
    }

    /// <summary>Marks a tracked pending request decided and queues the e-mail to its owner (saved with the decision).</summary>
    private void Decide(DirectoryChangeRequest request, ChangeRequestState state, string managerName, string? reason)
    {
        if (request.State != ChangeRequestState.Pending)
        {
            throw new DomainException("This change has already been decided.");
        }

        request.State = state;
        request.DecidedByName = managerName;
        request.DecidedUtc = clock.GetUtcNow().UtcDateTime;
        request.Reason = reason;
        mail.Decided(request);
    }

    private async Task RequestAsync(LinkwellUser owner, DirectoryServiceRecord record, OrukService service, ListingDetails before, ListingDetails proposed, CancellationToken ct)
    {
        // A newer edit replaces one still waiting: the manager decides on what the owner wants now.
        var waiting = await db.Set<DirectoryChangeRequest>().Where(r => r.ServiceId == record.Id && r.State == ChangeRequestState.Pending).ToListAsync(ct);
        waiting.ForEach(r => r.State = ChangeRequestState.Replaced);
        var request = new DirectoryChangeRequest
        {
            ServiceId = record.Id,
            OrganizationId = record.OrganizationId,
            ServiceName = service.Name,
            BaseRevision = record.Revision,
            Before = before,
            Proposed = proposed,
            RequestedById = owner.Id,
            RequestedByName = owner.DisplayName,
            RequestedByEmail = owner.Email ?? string.Empty,
            RequestedUtc = clock.GetUtcNow().UtcDateTime,
            State = ChangeRequestState.Pending,
        };
        db.Add(request);
        mail.ChangeRequested(request, await mail.DirectoryManagersAsync());
        await db.SaveChangesAsync(ct);
        await AuditAsync(AuditAction.Create, RequestRecordType, request.Id.ToString(), AuditOutcome.Success, $"owner asked to change listing {record.Id}", ct);
    }

    /// <summary>Where a changed postcode is, so the listing moves on the map; null when unchanged or unknown.</summary>
    private async Task<GeoResult?> PlaceAsync(ListingDetails before, ListingDetails proposed, CancellationToken ct) =>
        proposed.Postcode is { } postcode && postcode != before.Postcode ? await geocoder.LocateAsync(postcode, ct) : null;

    private static string Labels(IEnumerable<ListingPart> parts) => string.Join(", ", parts.Select(p => p.Label.ToLowerInvariant()));

    private Task AuditAsync(AuditAction action, string type, string id, AuditOutcome outcome, string detail, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(action, type, id, outcome, detail), ct);
}
