using Linkwell.Domain.Referrals;
using Linkwell.Domain.Shared;

namespace Linkwell.Domain.Tests.Referrals;

public sealed class ReferralLifecycleTests
{
    private const string ReferralToSocialPrescribing = "871731000000106";
    private const string SocialPrescribingDeclined = "871711000000103";

    // Receive

    [Fact]
    public void Received_referral_awaits_triage_with_a_received_event()
    {
        var referral = A.Referral();

        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
        Assert.Equal(Times.Received, referral.ReceivedUtc);
        Assert.Equal(A.Reference, referral.Reference);
        Assert.Equal(A.SchemeId, referral.SchemeId);
        Assert.Equal(A.PersonId, referral.PersonId);
        Assert.Null(referral.AcceptedUtc);
        Assert.Null(referral.LinkWorkerId);
        var received = Assert.Single(referral.Events);
        Assert.Equal(ReferralEventKind.Received, received.Kind);
        Assert.Equal(Times.Received, received.AtUtc);
        Assert.Equal(A.ReferrerName, received.By);
        Assert.Null(received.SnomedCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Referral_needs_a_reference(string reference)
    {
        Assert.Throws<DomainException>(
            () => Referral.Receive(A.SchemeId, A.PersonId, A.ReferralDetails(), reference, Times.Received));
    }

    // Accept

    [Fact]
    public void Accepting_allocates_the_link_worker_and_records_the_referral_code()
    {
        var referral = A.Referral();

        referral.Accept(A.LinkWorkerId, A.LinkWorkerName, A.TriageLead, Times.Triaged);

        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Equal(Times.Triaged, referral.AcceptedUtc);
        Assert.Equal(A.LinkWorkerId, referral.LinkWorkerId);
        Assert.Equal(A.LinkWorkerName, referral.LinkWorkerName);
        var accepted = referral.Events[^1];
        Assert.Equal(ReferralEventKind.Accepted, accepted.Kind);
        Assert.Equal(Times.Triaged, accepted.AtUtc);
        Assert.Equal(A.TriageLead, accepted.By);
        Assert.Equal(ReferralToSocialPrescribing, accepted.SnomedCode);
        Assert.Equal(SnomedCodes.ReferralToSocialPrescribing, accepted.SnomedCode);
    }

    [Fact]
    public void Referral_code_is_recorded_once_even_after_close_and_reopen()
    {
        var referral = A.ClosedReferral();

        referral.Reopen("Moved back to the area and wants support again.", A.LinkWorkerName, Times.Reopened);

        Assert.Single(referral.Events, e => e.SnomedCode == ReferralToSocialPrescribing);
        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Null(referral.Events[^1].SnomedCode);
    }

    [Fact]
    public void Accepted_referral_cannot_be_accepted_again()
    {
        var referral = A.AcceptedReferral();

        Assert.Throws<DomainException>(() => referral.Accept("worker-2", "Another Worker", A.TriageLead, Times.FirstCall));
        Assert.Single(referral.Events, e => e.SnomedCode == ReferralToSocialPrescribing);
        Assert.Equal(A.LinkWorkerId, referral.LinkWorkerId);
    }

    [Fact]
    public void Reopened_referral_cannot_be_accepted_again()
    {
        var referral = A.ClosedReferral();
        referral.Reopen("Wants more support.", A.LinkWorkerName, Times.Reopened);

        Assert.Throws<DomainException>(() => referral.Accept(A.LinkWorkerId, A.LinkWorkerName, A.TriageLead, Times.Reopened));
        Assert.Single(referral.Events, e => e.SnomedCode == ReferralToSocialPrescribing);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Accepting_needs_a_link_worker(string linkWorkerId)
    {
        var referral = A.Referral();

        Assert.Throws<DomainException>(() => referral.Accept(linkWorkerId, A.LinkWorkerName, A.TriageLead, Times.Triaged));
        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
        Assert.Single(referral.Events);
    }

    // Decline

    [Fact]
    public void Person_declining_records_the_declined_code()
    {
        var referral = A.Referral();

        referral.Decline(DeclineReason.PersonDeclined, "Prefers to wait.", A.TriageLead, Times.Triaged);

        Assert.Equal(ReferralStatus.Declined, referral.Status);
        Assert.Equal(DeclineReason.PersonDeclined, referral.DeclineReason);
        Assert.Equal(Times.Triaged, referral.ClosedUtc);
        var declined = referral.Events[^1];
        Assert.Equal(ReferralEventKind.Declined, declined.Kind);
        Assert.Equal(SocialPrescribingDeclined, declined.SnomedCode);
        Assert.Equal(SnomedCodes.SocialPrescribingDeclined, declined.SnomedCode);
        Assert.Equal("The person declined social prescribing: Prefers to wait.", declined.Note);
        Assert.DoesNotContain(referral.Events, e => e.SnomedCode == ReferralToSocialPrescribing);
    }

    [Theory]
    [InlineData(DeclineReason.NotEligible)]
    [InlineData(DeclineReason.WrongService)]
    [InlineData(DeclineReason.UnableToContact)]
    public void Other_decline_reasons_record_no_code(DeclineReason reason)
    {
        var referral = A.Referral();

        referral.Decline(reason, null, A.TriageLead, Times.Triaged);

        Assert.Equal(ReferralStatus.Declined, referral.Status);
        Assert.Equal(reason, referral.DeclineReason);
        Assert.Equal(ReferralEventKind.Declined, referral.Events[^1].Kind);
        Assert.All(referral.Events, e => Assert.Null(e.SnomedCode));
    }

    [Fact]
    public void Declined_referral_cannot_be_accepted()
    {
        var referral = A.DeclinedReferral();

        Assert.Throws<DomainException>(() => referral.Accept(A.LinkWorkerId, A.LinkWorkerName, A.TriageLead, Times.FirstCall));
        Assert.Equal(ReferralStatus.Declined, referral.Status);
        Assert.Null(referral.LinkWorkerId);
        Assert.Null(referral.AcceptedUtc);
        Assert.DoesNotContain(referral.Events, e => e.Kind == ReferralEventKind.Accepted);
    }

    [Fact]
    public void Declined_referral_cannot_be_declined_again()
    {
        var referral = A.DeclinedReferral(DeclineReason.NotEligible);

        Assert.Throws<DomainException>(() => referral.Decline(DeclineReason.PersonDeclined, null, A.TriageLead, Times.FirstCall));
        Assert.Equal(DeclineReason.NotEligible, referral.DeclineReason);
        Assert.Single(referral.Events, e => e.Kind == ReferralEventKind.Declined);
    }

    [Fact]
    public void Accepted_referral_cannot_be_declined()
    {
        var referral = A.AcceptedReferral();

        Assert.Throws<DomainException>(() => referral.Decline(DeclineReason.PersonDeclined, null, A.TriageLead, Times.FirstCall));
        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Null(referral.DeclineReason);
        Assert.Null(referral.ClosedUtc);
        Assert.DoesNotContain(referral.Events, e => e.Kind == ReferralEventKind.Declined);
    }

    // Allocate

    [Fact]
    public void Allocating_a_new_link_worker_records_a_reallocation()
    {
        var referral = A.AcceptedReferral();

        referral.Allocate("worker-2", "Kim Lee", A.TriageLead, Times.FirstCall);

        Assert.Equal("worker-2", referral.LinkWorkerId);
        Assert.Equal("Kim Lee", referral.LinkWorkerName);
        var reallocated = referral.Events[^1];
        Assert.Equal(ReferralEventKind.Reallocated, reallocated.Kind);
        Assert.Equal(Times.FirstCall, reallocated.AtUtc);
        Assert.Null(reallocated.SnomedCode);
    }

    [Fact]
    public void Allocating_the_same_link_worker_changes_nothing()
    {
        var referral = A.AcceptedReferral();
        var eventsBefore = referral.Events.Count;

        referral.Allocate(A.LinkWorkerId, A.LinkWorkerName, A.TriageLead, Times.FirstCall);

        Assert.Equal(eventsBefore, referral.Events.Count);
        Assert.Equal(A.LinkWorkerId, referral.LinkWorkerId);
        Assert.DoesNotContain(referral.Events, e => e.Kind == ReferralEventKind.Reallocated);
    }

    [Fact]
    public void Referral_awaiting_triage_cannot_be_allocated()
    {
        var referral = A.Referral();

        Assert.Throws<DomainException>(() => referral.Allocate(A.LinkWorkerId, A.LinkWorkerName, A.TriageLead, Times.Triaged));
        Assert.Null(referral.LinkWorkerId);
    }

    // Contacts

    [Theory]
    [InlineData(ReferralStatus.AwaitingTriage)]
    [InlineData(ReferralStatus.Declined)]
    [InlineData(ReferralStatus.Closed)]
    public void Contact_can_only_be_recorded_on_an_accepted_referral(ReferralStatus status)
    {
        var referral = status switch
        {
            ReferralStatus.AwaitingTriage => A.Referral(),
            ReferralStatus.Declined => A.DeclinedReferral(),
            ReferralStatus.Closed => A.ClosedReferral(),
            ReferralStatus.Accepted => throw new ArgumentOutOfRangeException(nameof(status)),
        };
        var eventsBefore = referral.Events.Count;

        Assert.Throws<DomainException>(() => referral.RecordContact(A.Contact(Times.FirstCall), A.LinkWorkerName, Times.Reopened));
        Assert.Empty(referral.Contacts);
        Assert.Equal(eventsBefore, referral.Events.Count);
    }

    [Fact]
    public void First_successful_contact_sets_the_first_contact_time()
    {
        var referral = A.AcceptedReferral();

        var contact = referral.RecordContact(A.Contact(Times.FirstCall), A.LinkWorkerName, Times.FirstCall.AddHours(1));

        Assert.Equal(Times.FirstCall, referral.FirstContactUtc);
        Assert.Same(contact, Assert.Single(referral.Contacts));
        Assert.True(contact.Succeeded);
        Assert.Equal(A.LinkWorkerName, contact.RecordedBy);
        Assert.Equal(Times.FirstCall, contact.OccurredUtc);
        var first = referral.Events[^1];
        Assert.Equal(ReferralEventKind.FirstContact, first.Kind);
        Assert.Equal(Times.FirstCall, first.AtUtc);
        Assert.Equal(0, referral.FailedContactAttempts);
    }

    [Fact]
    public void Later_successful_contacts_are_recorded_as_contacts()
    {
        var referral = A.AcceptedReferral();
        referral.RecordContact(A.Contact(Times.FirstCall), A.LinkWorkerName, Times.FirstCall);

        referral.RecordContact(A.Contact(Times.SecondCall), A.LinkWorkerName, Times.SecondCall);

        Assert.Equal(Times.FirstCall, referral.FirstContactUtc);
        Assert.Equal(2, referral.Contacts.Count);
        Assert.Equal(ReferralEventKind.ContactRecorded, referral.Events[^1].Kind);
        Assert.Single(referral.Events, e => e.Kind == ReferralEventKind.FirstContact);
    }

    [Fact]
    public void Failed_attempt_is_counted_but_is_not_a_first_contact()
    {
        var referral = A.AcceptedReferral();

        var attempt = referral.RecordContact(A.Contact(Times.FirstCall, succeeded: false), A.LinkWorkerName, Times.FirstCall);

        Assert.False(attempt.Succeeded);
        Assert.Equal(1, referral.FailedContactAttempts);
        Assert.Null(referral.FirstContactUtc);
        Assert.Equal(ReferralEventKind.ContactAttemptFailed, referral.Events[^1].Kind);
        Assert.DoesNotContain(referral.Events, e => e.Kind == ReferralEventKind.FirstContact);
    }

    [Fact]
    public void Success_after_failed_attempts_is_the_first_contact()
    {
        var referral = A.AcceptedReferral();
        referral.RecordContact(A.Contact(Times.FirstCall, succeeded: false), A.LinkWorkerName, Times.FirstCall);
        referral.RecordContact(A.Contact(Times.FirstCall.AddDays(1), succeeded: false), A.LinkWorkerName, Times.FirstCall.AddDays(1));

        referral.RecordContact(A.Contact(Times.SecondCall), A.LinkWorkerName, Times.SecondCall);

        Assert.Equal(2, referral.FailedContactAttempts);
        Assert.Equal(Times.SecondCall, referral.FirstContactUtc);
        Assert.Equal(ReferralEventKind.FirstContact, referral.Events[^1].Kind);
        Assert.Equal(2, referral.Events.Count(e => e.Kind == ReferralEventKind.ContactAttemptFailed));
    }

    [Fact]
    public void Contact_in_the_future_is_refused()
    {
        var referral = A.AcceptedReferral();

        Assert.Throws<DomainException>(
            () => referral.RecordContact(A.Contact(Times.SecondCall), A.LinkWorkerName, Times.FirstCall));
        Assert.Empty(referral.Contacts);
        Assert.Null(referral.FirstContactUtc);
    }

    [Fact]
    public void Contact_a_few_minutes_ahead_of_the_clock_is_allowed_for_clock_skew()
    {
        var referral = A.AcceptedReferral();

        referral.RecordContact(A.Contact(Times.FirstCall.AddMinutes(5)), A.LinkWorkerName, Times.FirstCall);

        Assert.Single(referral.Contacts);
        Assert.Throws<DomainException>(
            () => referral.RecordContact(A.Contact(Times.FirstCall.AddMinutes(6)), A.LinkWorkerName, Times.FirstCall));
        Assert.Single(referral.Contacts);
    }

    [Fact]
    public void Contact_long_before_the_referral_was_received_is_refused()
    {
        var referral = A.AcceptedReferral();

        Assert.Throws<DomainException>(
            () => referral.RecordContact(A.Contact(Times.Received.AddDays(-2)), A.LinkWorkerName, Times.FirstCall));
        Assert.Empty(referral.Contacts);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void Contact_duration_must_be_between_0_and_600_minutes(int minutes)
    {
        var referral = A.AcceptedReferral();

        Assert.Throws<DomainException>(
            () => referral.RecordContact(A.Contact(Times.FirstCall, durationMinutes: minutes), A.LinkWorkerName, Times.FirstCall));
        Assert.Empty(referral.Contacts);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(600)]
    public void Contact_duration_limits_are_inclusive(int minutes)
    {
        var referral = A.AcceptedReferral();

        var contact = referral.RecordContact(A.Contact(Times.FirstCall, durationMinutes: minutes), A.LinkWorkerName, Times.FirstCall);

        Assert.Equal(minutes, contact.DurationMinutes);
    }

    // Close and reopen

    [Fact]
    public void Closing_records_reason_summary_and_time()
    {
        var referral = A.AcceptedReferral();
        referral.ScheduleNextContact(new DateOnly(2026, 5, 8));

        referral.Close(CloseReason.GoalsMet, "  Joined the walking group.  ", A.LinkWorkerName, Times.Closed);

        Assert.Equal(ReferralStatus.Closed, referral.Status);
        Assert.Equal(CloseReason.GoalsMet, referral.CloseReason);
        Assert.Equal(Times.Closed, referral.ClosedUtc);
        Assert.Null(referral.NextContactDue);
        var closed = referral.Events[^1];
        Assert.Equal(ReferralEventKind.Closed, closed.Kind);
        Assert.Equal("Goals met: Joined the walking group.", closed.Note);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Closing_needs_a_summary_and_leaves_the_referral_open_without_one(string summary)
    {
        var referral = A.AcceptedReferral();
        var eventsBefore = referral.Events.Count;

        Assert.Throws<DomainException>(() => referral.Close(CloseReason.GoalsMet, summary, A.LinkWorkerName, Times.Closed));
        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Null(referral.CloseReason);
        Assert.Null(referral.ClosedUtc);
        Assert.Equal(eventsBefore, referral.Events.Count);
    }

    [Fact]
    public void Referral_awaiting_triage_cannot_be_closed()
    {
        var referral = A.Referral();

        Assert.Throws<DomainException>(() => referral.Close(CloseReason.Other, "Summary.", A.TriageLead, Times.Closed));
        Assert.Equal(ReferralStatus.AwaitingTriage, referral.Status);
    }

    [Fact]
    public void Reopening_returns_the_episode_to_accepted_with_the_same_link_worker()
    {
        var referral = A.ClosedReferral();

        referral.Reopen("  Wants help with debt now.  ", A.LinkWorkerName, Times.Reopened);

        Assert.Equal(ReferralStatus.Accepted, referral.Status);
        Assert.Null(referral.CloseReason);
        Assert.Null(referral.ClosedUtc);
        Assert.Equal(A.LinkWorkerId, referral.LinkWorkerId);
        Assert.Equal(Times.Triaged, referral.AcceptedUtc);
        var reopened = referral.Events[^1];
        Assert.Equal(ReferralEventKind.Reopened, reopened.Kind);
        Assert.Equal("Wants help with debt now.", reopened.Note);
        Assert.Equal(Times.Reopened, reopened.AtUtc);
    }

    [Fact]
    public void Reopened_episode_takes_contacts_again()
    {
        var referral = A.ClosedReferral();
        referral.Reopen("Wants help with debt now.", A.LinkWorkerName, Times.Reopened);

        referral.RecordContact(A.Contact(Times.Reopened), A.LinkWorkerName, Times.Reopened);

        Assert.Single(referral.Contacts);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Reopening_needs_a_note_and_leaves_the_referral_closed_without_one(string note)
    {
        var referral = A.ClosedReferral();
        var eventsBefore = referral.Events.Count;

        Assert.Throws<DomainException>(() => referral.Reopen(note, A.LinkWorkerName, Times.Reopened));
        Assert.Equal(ReferralStatus.Closed, referral.Status);
        Assert.Equal(CloseReason.GoalsMet, referral.CloseReason);
        Assert.Equal(Times.Closed, referral.ClosedUtc);
        Assert.Equal(eventsBefore, referral.Events.Count);
    }

    [Fact]
    public void Open_episode_cannot_be_reopened()
    {
        var referral = A.AcceptedReferral();

        Assert.Throws<DomainException>(() => referral.Reopen("Again.", A.LinkWorkerName, Times.Reopened));
        Assert.DoesNotContain(referral.Events, e => e.Kind == ReferralEventKind.Reopened);
    }

    [Fact]
    public void Declined_referral_cannot_be_reopened()
    {
        var referral = A.DeclinedReferral();

        Assert.Throws<DomainException>(() => referral.Reopen("Changed their mind.", A.TriageLead, Times.Reopened));
        Assert.Equal(ReferralStatus.Declined, referral.Status);
    }

    // Next contact

    [Fact]
    public void Only_an_open_episode_can_have_a_next_contact()
    {
        var referral = A.Referral();

        Assert.Throws<DomainException>(() => referral.ScheduleNextContact(new DateOnly(2026, 3, 9)));
        Assert.Null(referral.NextContactDue);
    }

    // What the referrer sees

    [Fact]
    public void Referrer_sees_milestones_but_not_contacts_attempts_or_reallocations()
    {
        var referral = A.AcceptedReferral();
        referral.Allocate("worker-2", "Kim Lee", A.TriageLead, Times.FirstCall.AddHours(-1));
        referral.RecordContact(A.Contact(Times.FirstCall.AddMinutes(-30), succeeded: false), "Kim Lee", Times.FirstCall);
        referral.RecordContact(A.Contact(Times.FirstCall), "Kim Lee", Times.FirstCall);
        referral.RecordContact(A.Contact(Times.SecondCall), "Kim Lee", Times.SecondCall);
        referral.Close(CloseReason.GoalsMet, "Goals met.", "Kim Lee", Times.Closed);
        referral.Reopen("Asked for more help.", "Kim Lee", Times.Reopened);

        ReferralEventKind[] expectedVisible =
            [ReferralEventKind.Received, ReferralEventKind.Accepted, ReferralEventKind.FirstContact, ReferralEventKind.Closed, ReferralEventKind.Reopened];
        ReferralEventKind[] expectedHidden =
            [ReferralEventKind.Reallocated, ReferralEventKind.ContactAttemptFailed, ReferralEventKind.ContactRecorded];

        Assert.Equal(expectedVisible, referral.Events.Where(e => e.VisibleToReferrer).Select(e => e.Kind));
        Assert.Equal(expectedHidden, referral.Events.Where(e => !e.VisibleToReferrer).Select(e => e.Kind));
    }

    [Fact]
    public void Referrer_sees_a_decline()
    {
        var referral = A.DeclinedReferral();

        Assert.All(referral.Events, e => Assert.True(e.VisibleToReferrer, e.Kind.ToString()));
        Assert.Equal(ReferralEventKind.Declined, referral.Events[^1].Kind);
    }

    // Times are UTC

    [Theory]
    [InlineData(DateTimeKind.Local)]
    [InlineData(DateTimeKind.Unspecified)]
    public void Receive_refuses_a_non_utc_time(DateTimeKind kind)
    {
        Assert.Throws<ArgumentException>(
            () => Referral.Receive(A.SchemeId, A.PersonId, A.ReferralDetails(), A.Reference, NotUtc(Times.Received, kind)));
    }

    [Theory]
    [InlineData("Accept", DateTimeKind.Local)]
    [InlineData("Accept", DateTimeKind.Unspecified)]
    [InlineData("Decline", DateTimeKind.Local)]
    [InlineData("Decline", DateTimeKind.Unspecified)]
    [InlineData("Allocate", DateTimeKind.Local)]
    [InlineData("Allocate", DateTimeKind.Unspecified)]
    [InlineData("RecordContact", DateTimeKind.Local)]
    [InlineData("RecordContact", DateTimeKind.Unspecified)]
    [InlineData("Close", DateTimeKind.Local)]
    [InlineData("Close", DateTimeKind.Unspecified)]
    [InlineData("Reopen", DateTimeKind.Local)]
    [InlineData("Reopen", DateTimeKind.Unspecified)]
    public void Every_transition_refuses_a_non_utc_time(string transition, DateTimeKind kind)
    {
        var (_, act) = Transition(transition, kind);

        Assert.Throws<ArgumentException>(act);
    }

    [Theory]
    [InlineData("Accept")]
    [InlineData("Decline")]
    [InlineData("Allocate")]
    [InlineData("RecordContact")]
    [InlineData("Close")]
    [InlineData("Reopen")]
    public void Transition_refused_for_a_non_utc_time_leaves_the_referral_unchanged(string transition)
    {
        var (referral, act) = Transition(transition, DateTimeKind.Unspecified);
        var before = Snapshot(referral);

        Assert.Throws<ArgumentException>(act);
        Assert.Equal(before, Snapshot(referral));
    }

    [Fact]
    public void Recording_a_contact_refuses_a_non_utc_current_time()
    {
        // "Now" must be UTC too: a local clock shifts the future check by the UTC offset.
        var referral = A.AcceptedReferral();

        Assert.Throws<ArgumentException>(
            () => referral.RecordContact(A.Contact(Times.FirstCall), A.LinkWorkerName, NotUtc(Times.FirstCall, DateTimeKind.Unspecified)));
    }

    private static DateTime NotUtc(DateTime utc, DateTimeKind kind) => DateTime.SpecifyKind(utc, kind);

    /// <summary>A referral in the state the transition needs, and the transition given a non-UTC time.</summary>
    private static (Referral Referral, Action Act) Transition(string transition, DateTimeKind kind)
    {
        switch (transition)
        {
            case "Accept":
                {
                    var referral = A.Referral();
                    return (referral, () => referral.Accept(A.LinkWorkerId, A.LinkWorkerName, A.TriageLead, NotUtc(Times.Triaged, kind)));
                }

            case "Decline":
                {
                    var referral = A.Referral();
                    return (referral, () => referral.Decline(DeclineReason.NotEligible, null, A.TriageLead, NotUtc(Times.Triaged, kind)));
                }

            case "Allocate":
                {
                    var referral = A.AcceptedReferral();
                    return (referral, () => referral.Allocate("worker-2", "Kim Lee", A.TriageLead, NotUtc(Times.FirstCall, kind)));
                }

            case "RecordContact":
                {
                    var referral = A.AcceptedReferral();
                    return (referral, () => referral.RecordContact(A.Contact(NotUtc(Times.FirstCall, kind)), A.LinkWorkerName, Times.FirstCall));
                }

            case "Close":
                {
                    var referral = A.AcceptedReferral();
                    return (referral, () => referral.Close(CloseReason.GoalsMet, "Summary.", A.LinkWorkerName, NotUtc(Times.Closed, kind)));
                }

            case "Reopen":
                {
                    var referral = A.ClosedReferral();
                    return (referral, () => referral.Reopen("Note.", A.LinkWorkerName, NotUtc(Times.Reopened, kind)));
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(transition), transition, "Unknown transition.");
        }
    }

    private static string Snapshot(Referral referral) =>
        string.Join(
            "; ",
            $"status={referral.Status}",
            $"accepted={referral.AcceptedUtc:O}",
            $"closed={referral.ClosedUtc:O}",
            $"worker={referral.LinkWorkerId}/{referral.LinkWorkerName}",
            $"decline={referral.DeclineReason}",
            $"close={referral.CloseReason}",
            $"firstContact={referral.FirstContactUtc:O}",
            $"contacts={referral.Contacts.Count}",
            $"events={string.Join(",", referral.Events.Select(e => e.Kind))}");
}
