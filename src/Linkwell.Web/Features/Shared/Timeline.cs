using Linkwell.Domain.Referrals;

namespace Linkwell.Web.Features.Shared;

/// <summary>
/// One line of a timeline; <see cref="Contact"/> is set for contacts, whose notes only staff see.
/// <see cref="Sequence"/> (the event's id) orders events recorded at the same moment.
/// </summary>
public sealed record TimelineItem(DateTime AtUtc, long Sequence, string Title, string Reference, string By, string? Note, Contact? Contact);

/// <summary>Builds timelines from referrals' events, newest first.</summary>
public static class Timeline
{
    /// <summary>Everything that happened on these referrals, each contact event carrying its contact's record.</summary>
    public static List<TimelineItem> ForStaff(IEnumerable<Referral> referrals) =>
        referrals.SelectMany(ForStaff).OrderByDescending(i => i.AtUtc).ThenByDescending(i => i.Sequence).ToList();

    /// <summary>What the referrer may know: what happened, not what was said.</summary>
    public static List<TimelineItem> ForReferrer(Referral referral) =>
        referral.Events.Where(e => e.VisibleToReferrer)
            .Select(e => new TimelineItem(e.AtUtc, e.Id, Text.Of(e.Kind), referral.Reference, e.By, e.Note, null))
            .OrderByDescending(i => i.AtUtc).ThenByDescending(i => i.Sequence).ToList();

    private static IEnumerable<TimelineItem> ForStaff(Referral referral)
    {
        // An event does not point at its contact; both carry the time the contact happened, so pair them by it.
        var contacts = referral.Contacts.GroupBy(c => c.OccurredUtc.Ticks)
            .ToDictionary(g => g.Key, g => new Queue<Contact>(g));
        foreach (var e in referral.Events.OrderBy(e => e.AtUtc).ThenBy(e => e.Id))
        {
            var contact = IsContact(e.Kind) && contacts.TryGetValue(e.AtUtc.Ticks, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            yield return new TimelineItem(e.AtUtc, e.Id, Text.Of(e.Kind), referral.Reference, e.By, e.Note, contact);
        }
    }

    private static bool IsContact(ReferralEventKind kind) =>
        kind is ReferralEventKind.FirstContact or ReferralEventKind.ContactRecorded or ReferralEventKind.ContactAttemptFailed;
}
