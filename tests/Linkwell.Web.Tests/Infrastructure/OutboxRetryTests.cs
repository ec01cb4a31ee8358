using Linkwell.Web.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.Infrastructure;

/// <summary>
/// A mail server that refuses does not lose mail: the message waits in the outbox and goes once the
/// server accepts. The sender is driven by hand here (the fixture has no background loop).
/// </summary>
public sealed class OutboxRetryTests(LinkwellAppWithManualOutbox app) : IClassFixture<LinkwellAppWithManualOutbox>
{
    [Fact]
    public async Task A_refused_message_stays_unsent_and_is_sent_once_the_server_accepts()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        var referrer = body["referrer"]!["email"]!.GetValue<string>();
        var (_, reference) = await http.CreateReferralAsync(body);
        var sender = app.Services.GetRequiredService<OutboxSender>();

        app.Smtp.Refuse = true;
        var sentWhileRefused = await sender.SendDueAsync(CancellationToken.None);
        var refusalsSeen = app.Smtp.Refusals;

        var failed = await MessageToAsync(referrer);
        Assert.Equal(0, sentWhileRefused);
        Assert.True(refusalsSeen >= 1, "The SMTP server was never asked.");
        Assert.Null(failed.SentUtc);
        Assert.True(failed.Attempts >= 1);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.True(failed.NextAttemptUtc > DateTime.UtcNow, "A failed message waits before it is tried again.");

        // Not due yet: trying again at once sends nothing and does not touch it.
        app.Smtp.Refuse = false;
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(failed.Attempts, (await MessageToAsync(referrer)).Attempts);
        Assert.DoesNotContain(app.Smtp.Received, m => m.Recipients.Contains(referrer));

        // Its back-off has passed and the server accepts again.
        await app.WithDbAsync(async db =>
        {
            var message = await db.Outbox.SingleAsync(m => m.To == referrer);
            message.NextAttemptUtc = DateTime.UtcNow.AddSeconds(-1);
            return await db.SaveChangesAsync();
        });
        var sentAfter = await sender.SendDueAsync(CancellationToken.None);

        Assert.True(sentAfter >= 1);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(referrer), LinkwellApp.Patience);
        Assert.Contains(reference, mail.Subject, StringComparison.Ordinal);
        var delivered = await MessageToAsync(referrer);
        Assert.NotNull(delivered.SentUtc);
        Assert.Equal(failed.Attempts, delivered.Attempts);
    }

    [Fact]
    public async Task A_message_that_failed_too_often_is_left_for_a_person()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var body = scheme.ValidReferral();
        var referrer = body["referrer"]!["email"]!.GetValue<string>();
        await http.CreateReferralAsync(body);
        await app.WithDbAsync(async db =>
        {
            var message = await db.Outbox.SingleAsync(m => m.To == referrer);
            message.Attempts = 12;
            return await db.SaveChangesAsync();
        });

        await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

        Assert.Null((await MessageToAsync(referrer)).SentUtc);
        Assert.DoesNotContain(app.Smtp.Received, m => m.Recipients.Contains(referrer));
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(10, 2560)]
    [InlineData(11, 3600)]
    [InlineData(40, 3600)]
    public void Backoff_grows_and_caps_at_one_hour(int attempts, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), OutboxSender.Backoff(attempts));

    private Task<OutboxMessage> MessageToAsync(string to) =>
        app.WithDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.To == to));
}
