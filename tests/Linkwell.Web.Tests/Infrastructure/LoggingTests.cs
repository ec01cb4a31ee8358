using System.Collections.Concurrent;
using System.Text.Json;
using Linkwell.Web.Infrastructure.Logging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Linkwell.Web.Tests.Infrastructure;

/// <summary>A host whose every log line, from every category at Information and above, is kept for inspection.</summary>
public sealed class LinkwellAppWithCapturedLogs : LinkwellApp
{
    public ConcurrentQueue<string> Lines { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Logging:LogLevel:Default", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Information");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information");
        builder.ConfigureLogging(logging => logging.AddProvider(new CaptureProvider(Lines)));
    }

    private sealed class CaptureProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capture(lines, categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class Capture(ConcurrentQueue<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            lines.Enqueue($"{category} {formatter(state, exception)} {properties} {exception}");
        }
    }
}

public sealed class LoggingTests(LinkwellAppWithCapturedLogs app) : IClassFixture<LinkwellAppWithCapturedLogs>
{
    [Fact]
    public async Task Referring_reading_and_triaging_a_person_logs_nothing_personal()
    {
        var scheme = await app.NewSchemeAsync();
        var referral = scheme.ValidReferral("9434765919");
        referral["person"]!["givenName"] = "Zebedee";
        referral["person"]!["familyName"] = "Quennell-Marchbanks";
        referral["person"]!["phone"] = "07700 900987";
        referral["person"]!["email"] = "zebedee.q@example.org";
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(referral);
        using var session = await PageSession.SignInAsync(app, scheme.LinkWorkerEmail);
        var page = await session.GetAsync($"/Triage/Referral/{id}");
        (await session.SubmitAsync(page, "form[action*='handler=Accept']", [])).Dispose();
        (await session.GetResponseAsync($"/Referrals?search=Quennell")).Dispose();

        var log = string.Join('\n', app.Lines);

        Assert.Contains("POST /Triage/Referral/{id:guid} answered 302", log, StringComparison.Ordinal);
        foreach (var personal in new[] { "Zebedee", "Quennell", "9434765919", "943 476 5919", "07700 900987", "zebedee.q@example.org", "LS1 4AP", scheme.LinkWorkerEmail })
        {
            Assert.DoesNotContain(personal, log, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("Key (Email)=(ada@example.org) already exists.", "Key (Email)=([email]) already exists.")]
    [InlineData("NHS number 943 476 5919 and 9434765919", "NHS number [number] and [number]")]
    [InlineData("call 07700 900123 or +44 113 496 0000", "call [number] or [number]")]
    [InlineData("lives at LS1 4AP, or ls14ap", "lives at [postcode], or [postcode]")]
    [InlineData("referral 3f2504e0-4f89-11d3-9a0c-030500000000 took 1500 ms", "referral 3f2504e0-4f89-11d3-9a0c-030500000000 took 1500 ms")]
    public void Redaction_takes_out_contact_details_and_numbers_but_leaves_ids_and_timings(string text, string expected) =>
        Assert.Equal(expected, LogRedaction.Redact(text));

    [Fact]
    public void The_console_formatter_writes_one_json_object_per_line_with_text_redacted()
    {
        var formatter = new RedactingJsonFormatter();
        using var output = new StringWriter();
        var state = new List<KeyValuePair<string, object?>> { new("Who", "ada@example.org"), new("Attempt", 3), new("{OriginalFormat}", "Sent to {Who} on attempt {Attempt}") };
        var entry = new LogEntry<List<KeyValuePair<string, object?>>>(LogLevel.Warning, "Linkwell.Email", new EventId(7, "Sent"), state,
            new InvalidOperationException("duplicate key 9434765919"), (_, _) => "Sent to ada@example.org on attempt 3");

        formatter.Write(entry, null, output);

        var line = output.ToString().TrimEnd();
        Assert.DoesNotContain('\n', line);
        using var json = JsonDocument.Parse(line);
        Assert.Equal("Warning", json.RootElement.GetProperty("level").GetString());
        Assert.Equal("Sent to [email] on attempt 3", json.RootElement.GetProperty("message").GetString());
        Assert.Equal("[email]", json.RootElement.GetProperty("properties").GetProperty("Who").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("properties").GetProperty("Attempt").GetInt32());
        Assert.Contains("duplicate key [number]", json.RootElement.GetProperty("exceptionDetail").GetString(), StringComparison.Ordinal);
    }
}
