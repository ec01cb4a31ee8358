using System.Net;
using Linkwell.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Triage;

/// <summary>The triage page's forms, posted as a browser without JavaScript would.</summary>
public sealed class TriagePageTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task A_link_worker_accepts_a_referral_onto_their_own_caseload()
    {
        var (scheme, referralId) = await NewReferralAsync();
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/Triage/Referral/{referralId}");

        using var response = await session.SubmitAsync(page, "form[action*='handler=Accept']", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await LoadAsync(referralId);
        Assert.Equal(ReferralStatus.Accepted, stored.Status);
        Assert.Equal(scheme.LinkWorkerId, stored.LinkWorkerId);
    }

    [Fact]
    public async Task Declining_without_a_reason_says_so_and_keeps_the_note()
    {
        var (scheme, referralId) = await NewReferralAsync();
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/Triage/Referral/{referralId}");

        using var response = await session.SubmitAsync(page, "form[action*='handler=Decline']", new() { ["Input.DeclineNote"] = "Try the carers' centre." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await PageSession.ParseAsync(response);
        Assert.Equal(["Select why the referral is declined."], PageSession.ErrorSummary(shown));
        Assert.Equal("Try the carers' centre.", shown.QuerySelector("textarea[name='Input.DeclineNote']")!.TextContent.Trim());
        Assert.Equal(ReferralStatus.AwaitingTriage, (await LoadAsync(referralId)).Status);
    }

    [Fact]
    public async Task Declining_with_a_reason_records_it_for_the_referrer()
    {
        var (scheme, referralId) = await NewReferralAsync();
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/Triage/Referral/{referralId}");

        using var response = await session.SubmitAsync(page, "form[action*='handler=Decline']",
            new() { ["Input.DeclineReason"] = nameof(DeclineReason.PersonDeclined), ["Input.DeclineNote"] = "They would rather wait." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await LoadAsync(referralId);
        Assert.Equal(ReferralStatus.Declined, stored.Status);
        var declined = stored.Events.Single(e => e.Kind == ReferralEventKind.Declined);
        Assert.Equal("871711000000103", declined.SnomedCode);
        Assert.True(declined.VisibleToReferrer);
    }

    [Fact]
    public async Task A_form_drawn_before_someone_else_acted_is_refused_with_a_clear_message()
    {
        var (scheme, referralId) = await NewReferralAsync();
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/Triage/Referral/{referralId}");
        using (var colleague = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail))
        {
            var same = await colleague.GetAsync($"/Triage/Referral/{referralId}");
            using var accepted = await colleague.SubmitAsync(same, "form[action*='handler=Accept']", []);
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var response = await session.SubmitAsync(page, "form[action*='handler=Decline']",
            new() { ["Input.DeclineReason"] = nameof(DeclineReason.NotEligible) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await PageSession.ParseAsync(response);
        Assert.Contains(PageSession.ErrorSummary(shown), m => m.StartsWith("Someone else changed this record", StringComparison.Ordinal));
        Assert.Equal(ReferralStatus.Accepted, (await LoadAsync(referralId)).Status);
    }

    [Fact]
    public async Task Another_schemes_referral_is_not_found_to_read_or_to_change()
    {
        var (_, referralId) = await NewReferralAsync();
        var other = await app.NewSchemeAsync();
        using var session = await PageSession.SignInAsync(app, other.LinkWorkerEmail);
        var own = await NewReferralAsync(other);
        var page = await session.GetAsync($"/Triage/Referral/{own.ReferralId}");
        var form = page.QuerySelector("form[action*='handler=Accept']")!;
        form.SetAttribute("action", form.GetAttribute("action")!.Replace(own.ReferralId.ToString(), referralId.ToString(), StringComparison.Ordinal));

        using var read = await session.GetResponseAsync($"/Triage/Referral/{referralId}");
        using var change = await session.SubmitAsync(page, "form[action*='handler=Accept']", []);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(ReferralStatus.AwaitingTriage, (await LoadAsync(referralId)).Status);
    }

    [Fact]
    public async Task Linking_a_flagged_duplicate_moves_the_referral_and_removes_the_empty_copy()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (firstId, _) = await http.CreateReferralAsync(scheme.ValidReferral(nhsNumber: null));
        var (secondId, _) = await http.CreateReferralAsync(scheme.ValidReferral(nhsNumber: null));
        var existingPerson = (await LoadAsync(firstId)).PersonId;
        var flaggedPerson = (await LoadAsync(secondId)).PersonId;
        Assert.NotEqual(existingPerson, flaggedPerson);
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/Triage/Referral/{secondId}");

        using var response = await session.SubmitAsync(page, "form[action*='handler=SamePerson']", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(existingPerson, (await LoadAsync(secondId)).PersonId);
        Assert.False(await app.WithDbAsync(db => db.People.IgnoreQueryFilters().AnyAsync(p => p.Id == flaggedPerson)));
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == "Person" && e.RecordId == flaggedPerson.ToString())));
    }

    [Fact]
    public async Task The_queue_shows_the_page_asked_for()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        for (var i = 0; i <= Linkwell.Web.Features.Shared.Paging.DefaultPageSize; i++)
        {
            await http.CreateReferralAsync(scheme.ValidReferral(nhsNumber: null));
        }

        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var first = await session.GetAsync("/Triage");
        var second = await session.GetAsync("/Triage?page=2");

        Assert.Equal(Linkwell.Web.Features.Shared.Paging.DefaultPageSize, first.QuerySelectorAll("main tbody tr").Length);
        Assert.Single(second.QuerySelectorAll("main tbody tr"));
    }

    private async Task<(TestScheme Scheme, Guid ReferralId)> NewReferralAsync(TestScheme? scheme = null)
    {
        scheme ??= await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());
        return (scheme, id);
    }

    private Task<Referral> LoadAsync(Guid id) =>
        app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
}
