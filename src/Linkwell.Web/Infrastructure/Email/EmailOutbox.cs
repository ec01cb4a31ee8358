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
public sealed class OutboxSignal : WakeSignal;
