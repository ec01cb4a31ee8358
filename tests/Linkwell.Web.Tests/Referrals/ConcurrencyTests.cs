using Linkwell.Domain.Referrals;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Referrals;

public sealed class ConcurrencyTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task When_two_people_triage_the_same_referral_the_second_save_is_a_concurrency_conflict()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());
        await using var first = app.WideScope(out var firstDb);
        await using var second = app.WideScope(out var secondDb);
        var seenByFirst = await firstDb.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == id);
        var seenBySecond = await secondDb.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == id);

        seenByFirst.Accept(scheme.LinkWorkerId, scheme.LinkWorkerName, "First triager", DateTime.UtcNow);
        await firstDb.SaveChangesAsync();
        seenBySecond.Decline(DeclineReason.NotEligible, null, "Second triager", DateTime.UtcNow);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => secondDb.SaveChangesAsync());
        var stored = await app.WithDbAsync(db => db.Referrals.AsNoTracking().Include(r => r.Events).SingleAsync(r => r.Id == id));
        Assert.Equal(ReferralStatus.Accepted, stored.Status);
        Assert.Equal([ReferralEventKind.Received, ReferralEventKind.Accepted], stored.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }
}
