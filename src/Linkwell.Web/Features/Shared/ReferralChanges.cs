using Linkwell.Domain.Referrals;
using Linkwell.Web.Data;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Features.Shared;

/// <summary>
/// What every page that changes a referral shares: run the verb on the version the user saw, tell the
/// referrer, save, audit. A broken rule or someone else's change becomes a message, not an error page.
/// </summary>
public abstract class ReferralChangePage(AppDbContext db, ReferralNotifier notifier, AuditLog audit, TimeProvider clock) : FormPage
{
    protected AppDbContext Db => db;

    protected AuditLog Audit => audit;

    protected TimeProvider Clock => clock;

    protected DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    protected async Task<bool> ChangeAsync(Referral referral, Guid seenVersion, Action<Referral> verb, string detail)
    {
        var outcome = AuditOutcome.Invalid;
        var done = await TryAsync(async () =>
        {
            if (referral.Version != seenVersion)
            {
                // Say so before the verb can object to the new state with a less helpful message.
                outcome = AuditOutcome.Conflict;
                throw new DbUpdateConcurrencyException("The form was drawn from an earlier version of the referral.");
            }

            db.ExpectVersion(referral, seenVersion);
            var before = referral.Events.Count;
            verb(referral);

            // Queued before the save so the e-mail commits with the change, or not at all.
            foreach (var change in referral.Events.Skip(before))
            {
                notifier.Notify(referral, change);
            }

            try
            {
                await db.SaveChangesAsync(HttpContext.RequestAborted);
            }
            catch (DbUpdateConcurrencyException)
            {
                outcome = AuditOutcome.Conflict;
                throw;
            }
        });
        if (!done)
        {
            // Forget the half-made change (and its queued e-mail) so the page shows the record as it is now.
            db.ChangeTracker.Clear();
        }

        await audit.RecordAsync(new AuditEvent(AuditAction.Update, "Referral", referral.Id.ToString(), done ? AuditOutcome.Success : outcome, detail));
        return done;
    }

    protected Task AuditReadAsync(string recordType, Guid id, bool found, string? detail = null) =>
        audit.RecordAsync(new AuditEvent(AuditAction.Read, recordType, id.ToString(), found ? AuditOutcome.Success : AuditOutcome.NotFound, detail));
}
