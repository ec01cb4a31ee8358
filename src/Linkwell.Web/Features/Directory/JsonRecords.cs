using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Linkwell.Web.Features.Directory;

/// <summary>
/// The records in a JSON document, one at a time: a single object, an ORUK page (its <c>contents</c>), an
/// array, or newline-delimited JSON. Arrays and ndjson are streamed rather than loaded whole.
/// </summary>
public static class JsonRecords
{
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static async IAsyncEnumerable<JsonElement> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        if (!stream.CanSeek)
        {
            var copy = new MemoryStream();
            await stream.CopyToAsync(copy, ct);
            copy.Position = 0;
            stream = copy;
        }

        var start = stream.Position;
        var first = FirstSignificantByte(stream);
        stream.Position = start;
        if (first == '[')
        {
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: ct))
            {
                yield return element;
            }

            yield break;
        }

        using var reader = new StreamReader(stream);
        var firstLine = await reader.ReadLineAsync(ct) ?? string.Empty;
        if (TryParse(firstLine) is { } line)
        {
            // A whole record on the first line: newline-delimited JSON (or a one-line document).
            foreach (var element in Unpack(line))
            {
                yield return element;
            }

            while (await reader.ReadLineAsync(ct) is { } next)
            {
                if (next.Trim().Length > 0)
                {
                    using var doc = JsonDocument.Parse(next);
                    yield return doc.RootElement.Clone();
                }
            }

            yield break;
        }

        using var whole = JsonDocument.Parse(firstLine + "\n" + await reader.ReadToEndAsync(ct));
        foreach (var element in Unpack(whole))
        {
            yield return element;
        }
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return text.Trim().Length == 0 ? null : JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A page yields its contents; anything else is the record itself.</summary>
    private static List<JsonElement> Unpack(JsonDocument document)
    {
        using (document)
        {
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array
                ? [.. contents.EnumerateArray().Select(e => e.Clone())]
                : [root.Clone()];
        }
    }

    private static int FirstSignificantByte(Stream stream)
    {
        int b;
        while ((b = stream.ReadByte()) >= 0)
        {
            // Skip white space and a UTF-8 byte order mark.
            if (b is not (' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF))
            {
                return b;
            }
        }

        return -1;
    }
}
