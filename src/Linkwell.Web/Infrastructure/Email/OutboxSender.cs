using Linkwell.Web.Auth;
using Linkwell.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Linkwell.Web.Infrastructure.Email;

/// <summary>
/// Sends due outbox messages in the background. A failure is retried with growing back-off; after
/// <see cref="EmailOptions.MaxAttempts"/> the message stays in the table for a person to look at.
/// Logs carry message ids only, never addresses or content.
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IEmailTransport transport,
    OutboxSignal signal,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0)
                {
                    // Keep going while there is a backlog.
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The outbox could not be read; trying again later");
            }

            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>Sends one batch of due messages; returns how many were sent.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<SchemeScope>().Widen();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var max = options.Value.MaxAttempts;
        var due = await db.Outbox
            .Where(m => m.SentUtc == null && m.NextAttemptUtc <= now && m.Attempts < max)
            .OrderBy(m => m.NextAttemptUtc)
            .Take(20)
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                await transport.SendAsync(ToMime(message), cancellationToken);
                message.SentUtc = clock.GetUtcNow().UtcDateTime;
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.GetType().Name;
                message.NextAttemptUtc = clock.GetUtcNow().UtcDateTime + Backoff(message.Attempts);
                logger.LogWarning("E-mail {MessageId} failed on attempt {Attempt} ({Error}); will retry", message.Id, message.Attempts, ex.GetType().Name);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>5 s, 10 s, 20 s … capped at one hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage ToMime(OutboxMessage message)
    {
        var o = options.Value;
        var mime = new MimeMessage { Subject = message.Subject, Body = new TextPart("plain") { Text = message.Body } };
        mime.From.Add(new MailboxAddress(o.FromName, o.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.MessageId = $"{message.Id:N}@linkwell";
        return mime;
    }
}
