using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Linkwell.Web.Infrastructure.Logging;

/// <summary>
/// Structured logs: one JSON object per line (time, level, category, event, message, properties, exception),
/// every text value passed through <see cref="LogRedaction"/> on the way out.
/// </summary>
public sealed class RedactingJsonFormatter() : ConsoleFormatter(Name)
{
    public new const string Name = "linkwell-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter?.Invoke(logEntry.State, logEntry.Exception);
        if (message is null && logEntry.Exception is null)
        {
            return;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("time", DateTimeOffset.UtcNow);
            json.WriteString("level", logEntry.LogLevel.ToString());
            json.WriteString("category", logEntry.Category);
            if (logEntry.EventId.Id != 0 || logEntry.EventId.Name is not null)
            {
                json.WriteString("event", logEntry.EventId.Name ?? logEntry.EventId.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteString("message", LogRedaction.Redact(message ?? string.Empty));
            WriteProperties(json, logEntry.State as IReadOnlyList<KeyValuePair<string, object?>>);
            if (logEntry.Exception is { } ex)
            {
                json.WriteString("exception", ex.GetType().FullName);
                json.WriteString("exceptionDetail", LogRedaction.Redact(ex.ToString()));
            }

            json.WriteEndObject();
        }

        textWriter.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>>? state)
    {
        if (state is null || state.Count <= 1)
        {
            return;
        }

        json.WriteStartObject("properties");
        foreach (var (key, value) in state)
        {
            if (key == "{OriginalFormat}")
            {
                continue;
            }

            switch (value)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case int or long or double or decimal or float or short or byte:
                    json.WriteNumber(key, Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case bool b:
                    json.WriteBoolean(key, b);
                    break;
                default:
                    json.WriteString(key, LogRedaction.Redact(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
                    break;
            }
        }

        json.WriteEndObject();
    }
}
