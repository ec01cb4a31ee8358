using System.Net;
using Linkwell.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.People;

/// <summary>Closing and reopening an episode through its pages.</summary>
public sealed class EpisodePageTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Closing_with_nothing_filled_in_lists_both_problems_in_the_order_the_form_asks()
    {
        var (scheme, personId, referralId) = await AcceptedReferralAsync();
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/People/{personId}/Referrals/{referralId}/Close");

        using var response = await session.SubmitAsync(page, "main form[method='post']", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await PageSession.ParseAsync(response);
        Assert.Equal(["Select why the episode is ending.", "Enter a short summary of the support given."], PageSession.ErrorSummary(shown));
        Assert.Equal("#Input-Reason", shown.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href")?[..13]);
        Assert.Equal(ReferralStatus.Accepted, (await LoadAsync(referralId)).Status);
    }

    [Fact]
    public async Task An_episode_closed_with_a_reason_can_be_reopened_with_a_note()
    {
        var (scheme, personId, referralId) = await AcceptedReferralAsync();
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var close = await session.GetAsync($"/People/{personId}/Referrals/{referralId}/Close");

        using (var closed = await session.SubmitAsync(close, "main form[method='post']",
                   new() { ["Input.Reason"] = nameof(CloseReason.GoalsMet), ["Input.Summary"] = "Joined the walking group." }))
        {
            Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        }

        Assert.Equal(ReferralStatus.Closed, (await LoadAsync(referralId)).Status);
        var reopen = await session.GetAsync($"/People/{personId}/Referrals/{referralId}/Reopen");
        using (var refused = await session.SubmitAsync(reopen, "main form[method='post']", new() { ["Input.Note"] = "   " }))
        {
            Assert.Equal(["Enter why the episode is reopened."], PageSession.ErrorSummary(await PageSession.ParseAsync(refused)));
        }

        using var reopened = await session.SubmitAsync(reopen, "main form[method='post']", new() { ["Input.Note"] = "Back in touch about debt advice." });

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var stored = await LoadAsync(referralId);
        Assert.Equal(ReferralStatus.Accepted, stored.Status);
        Assert.Contains(stored.Events, e => e.Kind == ReferralEventKind.Reopened && e.Note == "Back in touch about debt advice.");
    }

    private async Task<(TestScheme Scheme, Guid PersonId, Guid ReferralId)> AcceptedReferralAsync()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());
        await using (var scope = app.WideScope(out var db))
        {
            var referral = await db.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == id);
            referral.Accept(scheme.LinkWorkerId, scheme.LinkWorkerName, "Triage", DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        return (scheme, (await LoadAsync(id)).PersonId, id);
    }

    private Task<Referral> LoadAsync(Guid id) =>
        app.WithDbAsync(db => db.Referrals.IgnoreQueryFilters().AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
}
