using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;
using Linkwell.Domain.Schemes;

namespace Linkwell.Web.Data.Seed;

internal sealed record DemoPerson(string Id, string Name);

internal sealed record DemoStaff(DemoPerson Referrer, IReadOnlyList<DemoPerson> LinkWorkers, DemoPerson Manager);

/// <summary>Where a demo referral ends up, and why.</summary>
internal enum DemoPlan
{
    AwaitingTriage,
    AcceptedNotYetContacted,
    AcceptedTryingToContact,
    AcceptedActive,
    Declined,
    Closed,
    Reopened,
}

/// <summary>
/// Writes the demo scheme's people and referrals with the real domain verbs, so every referral has a
/// history the model itself would produce. Dates fall over the last six months; the same seed gives the
/// same story relative to today.
/// </summary>
internal sealed class DemoStory(Random random, DateTime nowUtc, Guid schemeId, IReadOnlyList<GpPractice> practices, DemoStaff staff)
{
    private readonly HashSet<string> _nhsNumbers = [];

    public List<Person> People { get; } = [];

    public List<Referral> Referrals { get; } = [];

    public void Tell()
    {
        var plans = Plans();
        random.Shuffle(plans);
        for (var i = 0; i < plans.Length; i++)
        {
            var (plan, decline, close) = plans[i];
            var received = ReceivedFor(plan);
            var person = Person.Register(schemeId, NewPersonDetails(), received);
            People.Add(person);
            var referral = Referral.Receive(schemeId, person.Id, NewReferralDetails(i, plan), ReferenceGenerator.Next(), received);
            Referrals.Add(referral);
            Play(referral, plan, decline, close, i);
        }

        AddPossibleDuplicate(People[3]);
        AddPossibleDuplicate(People[11]);
    }

    /// <summary>48 referrals across every state and every decline reason; two more come from the duplicates.</summary>
    private static (DemoPlan Plan, DeclineReason? Decline, CloseReason? Close)[] Plans() =>
    [
        .. Enumerable.Repeat((DemoPlan.AwaitingTriage, (DeclineReason?)null, (CloseReason?)null), 8),
        .. Enumerable.Repeat((DemoPlan.AcceptedNotYetContacted, (DeclineReason?)null, (CloseReason?)null), 4),
        .. Enumerable.Repeat((DemoPlan.AcceptedTryingToContact, (DeclineReason?)null, (CloseReason?)null), 3),
        .. Enumerable.Repeat((DemoPlan.AcceptedActive, (DeclineReason?)null, (CloseReason?)null), 12),
        .. Enum.GetValues<DeclineReason>().SelectMany(r => Enumerable.Repeat((DemoPlan.Declined, (DeclineReason?)r, (CloseReason?)null), 2)),
        .. Enumerable.Repeat((DemoPlan.Closed, (DeclineReason?)null, (CloseReason?)CloseReason.GoalsMet), 5),
        .. new[] { CloseReason.PersonDisengaged, CloseReason.UnableToContact, CloseReason.ReferredElsewhere, CloseReason.MovedAway, CloseReason.Other }
            .Select(r => (DemoPlan.Closed, (DeclineReason?)null, (CloseReason?)r)),
        .. Enumerable.Repeat((DemoPlan.Reopened, (DeclineReason?)null, (CloseReason?)CloseReason.GoalsMet), 3),
    ];

    private DateTime ReceivedFor(DemoPlan plan)
    {
        var (minDays, maxDays) = plan switch
        {
            DemoPlan.AwaitingTriage => (0, 9),
            DemoPlan.AcceptedNotYetContacted => (4, 12),
            DemoPlan.AcceptedTryingToContact => (10, 25),
            DemoPlan.AcceptedActive => (30, 150),
            DemoPlan.Declined => (10, 180),
            DemoPlan.Closed => (70, 180),
            DemoPlan.Reopened => (120, 180),
        };
        var received = nowUtc.Date.AddDays(-random.Next(minDays, maxDays + 1)).AddHours(8 + random.Next(0, 9)).AddMinutes(random.Next(0, 60));
        return received < nowUtc ? received : nowUtc.AddMinutes(-random.Next(30, 300));
    }

    private void Play(Referral referral, DemoPlan plan, DeclineReason? decline, CloseReason? close, int index)
    {
        if (plan == DemoPlan.AwaitingTriage)
        {
            return;
        }

        var triagedAt = Later(referral.ReceivedUtc, 1, 5);
        if (plan == DemoPlan.Declined)
        {
            referral.Decline(decline!.Value, DemoText.DeclineNote(decline.Value), staff.Manager.Name, triagedAt);
            return;
        }

        var worker = staff.LinkWorkers[index % staff.LinkWorkers.Count];
        referral.Accept(worker.Id, worker.Name, index % 3 == 0 ? staff.Manager.Name : worker.Name, triagedAt);
        if (plan == DemoPlan.AcceptedNotYetContacted)
        {
            referral.ScheduleNextContact(DateOnly.FromDateTime(triagedAt.AddDays(random.Next(3, 8))));
            return;
        }

        var last = plan switch
        {
            DemoPlan.AcceptedTryingToContact => Contacts(referral, worker, triagedAt, failed: random.Next(1, 3), succeeded: 0),
            DemoPlan.Closed when close == CloseReason.UnableToContact => Contacts(referral, worker, triagedAt, failed: Referral.ContactAttemptsBeforeGivingUp, succeeded: 0),
            DemoPlan.AcceptedActive => Contacts(referral, worker, triagedAt, failed: random.Next(0, 4) == 0 ? 1 : 0, succeeded: random.Next(1, 7)),
            _ => Contacts(referral, worker, triagedAt, failed: 0, succeeded: close == CloseReason.GoalsMet ? random.Next(3, 7) : random.Next(1, 3)),
        };
        Finish(referral, plan, close, worker, last, index);
    }

    private void Finish(Referral referral, DemoPlan plan, CloseReason? close, DemoPerson worker, DateTime last, int index)
    {
        if (plan is DemoPlan.Closed or DemoPlan.Reopened)
        {
            var closedAt = Later(last, 3, 14);
            referral.Close(close!.Value, DemoText.CloseSummary(close.Value), worker.Name, closedAt);
            if (plan == DemoPlan.Closed)
            {
                return;
            }

            var reopenedAt = Later(closedAt, 14, 40);
            referral.Reopen(DemoText.ReopenNote(random), worker.Name, reopenedAt);
            last = Contacts(referral, worker, reopenedAt, failed: 0, succeeded: 1);
        }

        if (plan == DemoPlan.AcceptedActive && index % 5 == 0)
        {
            var other = staff.LinkWorkers.First(w => w.Id != worker.Id);
            referral.Allocate(other.Id, other.Name, staff.Manager.Name, Later(last, 0, 1));
        }

        // Mostly in the coming weeks; about one in four already passed, so the caseload shows who is overdue.
        var due = DateOnly.FromDateTime(nowUtc).AddDays(random.Next(-7, 22));
        var afterLast = DateOnly.FromDateTime(last).AddDays(1);
        referral.ScheduleNextContact(due > afterLast ? due : afterLast);
    }

    /// <summary>Failed attempts first, then contacts that reached the person; stops at today.</summary>
    private DateTime Contacts(Referral referral, DemoPerson worker, DateTime from, int failed, int succeeded)
    {
        var at = from;
        for (var i = 0; i < failed + succeeded; i++)
        {
            var next = Later(at, i < failed ? 1 : 5, i < failed ? 3 : 18);
            if (next >= nowUtc.AddMinutes(-30))
            {
                break;
            }

            at = next;
            var record = i < failed
                ? new ContactRecord(at, ContactMethod.Phone, random.Next(1, 4), "No answer. Left a voicemail with the Linkwell number.", null, Succeeded: false)
                : DemoText.Contact(random, at, first: i == failed);
            referral.RecordContact(record, worker.Name, at.AddMinutes(record.DurationMinutes + random.Next(5, 60)));
        }

        return at;
    }

    /// <summary>Some days later, in working hours, but never after now.</summary>
    private DateTime Later(DateTime from, int minDays, int maxDays)
    {
        var at = from.Date.AddDays(random.Next(minDays, maxDays + 1)).AddHours(9 + random.Next(0, 8)).AddMinutes(random.Next(0, 60));
        if (at <= from)
        {
            at = from.AddMinutes(random.Next(20, 120));
        }

        return at < nowUtc ? at : from.AddMinutes((nowUtc - from).TotalMinutes / 2);
    }

    private PersonDetails NewPersonDetails()
    {
        var female = random.Next(100) < 55;
        var givenName = DemoText.Pick(random, female ? DemoText.FemaleNames : DemoText.MaleNames);
        var familyName = DemoText.Pick(random, DemoText.FamilyNames);
        var district = DemoText.Pick(random, DemoText.Districts);
        var email = random.Next(100) < 35 ? $"{DuplicateMatcher.Fold(givenName)}.{DuplicateMatcher.Fold(familyName)}@example.com".ToLowerInvariant() : null;
        return new PersonDetails
        {
            GivenName = givenName,
            FamilyName = familyName,
            DateOfBirth = DateOnly.FromDateTime(nowUtc).AddYears(-random.Next(18, 91)).AddDays(-random.Next(0, 365)),
            NhsNumber = random.Next(10) == 0 ? null : NextNhsNumber(),
            Sex = female ? Sex.Female : Sex.Male,
            EthnicCategory = DemoText.Pick(random, DemoText.EthnicCategories),
            AddressLine1 = $"{random.Next(1, 220)} {DemoText.Pick(random, DemoText.Streets[district])}",
            Town = "Leeds",
            Postcode = $"{district} {random.Next(1, 10)}{DemoText.PostcodeLetter(random)}{DemoText.PostcodeLetter(random)}",
            Phone = $"07700 900{random.Next(0, 1000):000}",
            Email = email,
            PreferredContactMethod = email is not null && random.Next(2) == 0 ? ContactPreference.Email : DemoText.Pick(random, [ContactPreference.Phone, ContactPreference.Phone, ContactPreference.TextMessage, ContactPreference.Letter]),
            CommunicationNeeds = random.Next(10) == 0 ? DemoText.Pick(random, DemoText.CommunicationNeeds) : null,
        };
    }

    /// <summary>NHS numbers starting 999 are never issued to real people: the NHS reserves them for testing.</summary>
    private string NextNhsNumber()
    {
        while (true)
        {
            var firstNine = "999" + random.Next(0, 1_000_000).ToString("000000");
            var check = NhsNumber.CheckDigit(firstNine);
            if (check >= 0 && NhsNumber.TryParse(firstNine + check, out var number, out _) && _nhsNumbers.Add(number.Value))
            {
                return number.Value;
            }
        }
    }

    private ReferralDetails NewReferralDetails(int index, DemoPlan plan)
    {
        var needs = Enum.GetValues<NeedCategory>().Where(n => n != NeedCategory.Other).OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        var byDemoReferrer = index % 5 < 2;
        var risks = random.Next(100) < 30 ? DemoText.Risks(random) : [];
        return new ReferralDetails
        {
            PracticeOdsCode = byDemoReferrer ? practices[0].OdsCode : DemoText.Pick(random, practices).OdsCode,
            Reason = DemoText.Reason(random, needs[0]),
            Needs = needs,
            Referrer = byDemoReferrer ? DemoReferrer() : DemoText.OtherReferrer(random),
            Urgency = index % 7 == 0 || (plan == DemoPlan.AwaitingTriage && index % 3 == 0) ? Urgency.Urgent : Urgency.Routine,
            NoKnownRisks = risks.Count == 0,
            Risks = risks,
            ConsentGiven = true,
            Method = byDemoReferrer ? ReferralMethod.WebForm : DemoText.Pick(random, [ReferralMethod.Phone, ReferralMethod.Email, ReferralMethod.Letter, ReferralMethod.WebForm]),
        };
    }

    private Referrer DemoReferrer() => new()
    {
        Name = staff.Referrer.Name,
        Role = "GP",
        Organisation = practices[0].Name,
        Email = $"referrer@{DemoData.EmailDomain}",
        UserId = staff.Referrer.Id,
    };

    /// <summary>The same human referred again without an NHS number: intake would flag this record for a link worker.</summary>
    private void AddPossibleDuplicate(Person original)
    {
        var received = ReceivedFor(DemoPlan.AwaitingTriage);
        var details = original.Details with { NhsNumber = null, Phone = $"07700 900{random.Next(0, 1000):000}", Email = null, PreferredContactMethod = ContactPreference.Phone };
        var duplicate = Person.Register(schemeId, details, received);
        duplicate.FlagPossibleDuplicate(original.Id);
        People.Add(duplicate);
        Referrals.Add(Referral.Receive(schemeId, duplicate.Id, NewReferralDetails(Referrals.Count, DemoPlan.AwaitingTriage), ReferenceGenerator.Next(), received));
    }
}
