using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.Referrals;

/// <summary>The referrer hears what happens, by e-mail through a real SMTP server, without personal data.</summary>
public sealed class ReferralEmailTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task The_referrer_gets_an_email_naming_the_reference_when_a_referral_is_received()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        var referrer = body["referrer"]!["email"]!.GetValue<string>();

        var (_, reference) = await http.CreateReferralAsync(body);

        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(referrer), LinkwellApp.Patience);
        Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("received", mail.Subject, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(reference, mail.Body, StringComparison.Ordinal);
        AssertNoPersonalData(mail);
    }

    [Fact]
    public async Task The_referrer_gets_an_email_when_the_referral_is_accepted()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        var referrer = body["referrer"]!["email"]!.GetValue<string>();
        var (id, reference) = await http.CreateReferralAsync(body);
        await app.Smtp.WaitForAsync(m => m.Recipients.Contains(referrer), LinkwellApp.Patience);

        await using (var scope = app.WideScope(out var db))
        {
            var referral = await db.Referrals.Include(r => r.Events).SingleAsync(r => r.Id == id);
            referral.Accept(scheme.LinkWorkerId, scheme.LinkWorkerName, "Triage lead", DateTime.UtcNow);
            scope.ServiceProvider.GetRequiredService<ReferralNotifier>().Notify(referral, referral.Events[^1]);
            await db.SaveChangesAsync();
        }

        var mail = await app.Smtp.WaitForAsync(
            m => m.Recipients.Contains(referrer) && m.Subject.Contains("accepted", StringComparison.OrdinalIgnoreCase),
            LinkwellApp.Patience);
        Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Accepted", mail.Body, StringComparison.Ordinal);
        AssertNoPersonalData(mail);
        var sent = await app.WithDbAsync(db => db.Outbox.Where(m => m.To == referrer).ToListAsync());
        Assert.Equal(2, sent.Count);
    }

    private static void AssertNoPersonalData(ReceivedMail mail)
    {
        // The person in TestScheme.ValidReferral: Ada Lovelace, born 1950-12-10, NHS number 9434765919, LS1 4AP.
        foreach (var name in new[] { "Ada", "Lovelace" })
        {
            Assert.DoesNotContain(name, mail.Raw, StringComparison.Ordinal);
        }

        foreach (var personal in new[] { "Ada", "Lovelace", "9434765919", "943 476 5919", "1950", "LS1 4AP", "07700 900123", "Feeling isolated" })
        {
            Assert.DoesNotContain(personal, mail.Body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
