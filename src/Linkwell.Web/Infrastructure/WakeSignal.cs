using System.Threading.Channels;

namespace Linkwell.Web.Infrastructure;

/// <summary>
/// Wakes a background loop at once instead of at its next poll: any number of wake-ups while it works make
/// one more look, never a backlog.
/// </summary>
public class WakeSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _channel.Writer.TryWrite(true);

    /// <summary>Returns when woken or when <paramref name="timeout"/> has passed, whichever is first.</summary>
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
