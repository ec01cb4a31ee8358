using System.Threading.Channels;
using Linkwell.Web.Data;

namespace Linkwell.Web.Infrastructure.Email;

/// <summary>
/// Queues e-mail in the caller's unit of work and wakes the sender once it is saved.
/// </summary>
public sealed class EmailOutbox(TimeProvider clock, OutboxSignal signal)
{
    public void Enqueue(AppDbContext db, string to, string subject, string body)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Outbox.Add(new OutboxMessage { To = to, Subject = subject, Body = body, CreatedUtc = now, NextAttemptUtc = now });
        signal.Wake();
    }
}

/// <summary>Lets a request wake the background sender instead of waiting for its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _channel.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed with nothing to wake us: look anyway.
        }
    }
}
