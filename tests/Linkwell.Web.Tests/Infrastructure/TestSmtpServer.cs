using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace Linkwell.Web.Tests.Infrastructure;

/// <summary>One message the test SMTP server accepted.</summary>
public sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Raw, MimeMessage Message)
{
    public string Subject => Message.Subject ?? string.Empty;

    public string Body => Message.TextBody ?? string.Empty;
}

/// <summary>
/// A tiny but real SMTP server on 127.0.0.1 (RFC 5321: greeting, EHLO/HELO, MAIL, RCPT, DATA with
/// dot-unstuffing, RSET, NOOP, QUIT), so e-mail tests go through MailKit and a socket exactly as in
/// production. <see cref="Refuse"/> makes it answer MAIL FROM with 451, as a busy server would.
/// </summary>
public sealed class TestSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private readonly List<ReceivedMail> _received = [];
    private readonly List<(Func<ReceivedMail, bool> Match, TaskCompletionSource<ReceivedMail> Done)> _waiters = [];
    private readonly Task _acceptLoop;
    private int _refusals;

    public TestSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    public int Port { get; }

    /// <summary>When true, every MAIL FROM gets "451 try again later" and nothing is accepted.</summary>
    public bool Refuse { get; set; }

    /// <summary>How many transactions were refused so far.</summary>
    public int Refusals => Volatile.Read(ref _refusals);

    public IReadOnlyList<ReceivedMail> Received
    {
        get
        {
            lock (_gate)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>The first message (already received or still to come) that matches, or a TimeoutException.</summary>
    public async Task<ReceivedMail> WaitForAsync(Func<ReceivedMail, bool> match, TimeSpan timeout)
    {
        TaskCompletionSource<ReceivedMail> done;
        lock (_gate)
        {
            var seen = _received.FirstOrDefault(match);
            if (seen is not null)
            {
                return seen;
            }

            done = new TaskCompletionSource<ReceivedMail>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            var subjects = string.Join("; ", Received.Select(m => m.Subject));
            throw new TimeoutException($"No matching e-mail arrived within {timeout}. Received so far: [{subjects}]");
        }
        finally
        {
            lock (_gate)
            {
                _waiters.RemoveAll(w => w.Done == done);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _acceptLoop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var connection = client;
        try
        {
            var stream = connection.GetStream();
            using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false, leaveOpen: true);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 127.0.0.1 Linkwell test SMTP ready");

            string? from = null;
            var recipients = new List<string>();
            while (await reader.ReadLineAsync(_stopping.Token) is { } line)
            {
                var verb = (line.Length >= 4 ? line[..4] : line).ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-127.0.0.1 greets you");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250 HELP");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 127.0.0.1");
                        break;
                    case "MAIL":
                        if (Refuse)
                        {
                            Interlocked.Increment(ref _refusals);
                            await writer.WriteLineAsync("451 4.3.0 Try again later");
                            break;
                        }

                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK");
                        break;
                    case "RCPT":
                        if (from is null)
                        {
                            await writer.WriteLineAsync("503 5.5.1 MAIL first");
                            break;
                        }

                        recipients.Add(Address(line));
                        await writer.WriteLineAsync("250 2.1.5 OK");
                        break;
                    case "DATA":
                        if (from is null || recipients.Count == 0)
                        {
                            await writer.WriteLineAsync("503 5.5.1 RCPT first");
                            break;
                        }

                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var raw = await ReadDataAsync(reader);
                        Record(new ReceivedMail(from, [.. recipients], raw, MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)))));
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 Queued");
                        break;
                    case "RSET":
                        from = null;
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not implemented");
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away or the server is stopping.
        }
    }

    private async Task<string> ReadDataAsync(StreamReader reader)
    {
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(_stopping.Token) is { } line)
        {
            if (line == ".")
            {
                return data.ToString();
            }

            // RFC 5321 §4.5.2: a leading dot was doubled by the client.
            data.Append(line.StartsWith('.') ? line[1..] : line).Append("\r\n");
        }

        throw new IOException("The connection closed in the middle of DATA.");
    }

    private void Record(ReceivedMail mail)
    {
        List<TaskCompletionSource<ReceivedMail>> matched;
        lock (_gate)
        {
            _received.Add(mail);
            matched = [.. _waiters.Where(w => w.Match(mail)).Select(w => w.Done)];
        }

        foreach (var done in matched)
        {
            done.TrySetResult(mail);
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
