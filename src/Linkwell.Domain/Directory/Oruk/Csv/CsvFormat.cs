using System.Text;

namespace Linkwell.Domain.Directory.Oruk.Csv;

/// <summary>One record of a CSV file.</summary>
/// <param name="Number">1-based, the header being 1; blank lines are not counted.</param>
/// <param name="Fields">The field values, unquoted.</param>
/// <param name="Unterminated">The file ended inside a quoted field (the record ran to the end of the file).</param>
public sealed record CsvRecord(int Number, IReadOnlyList<string> Fields, bool Unterminated = false);

/// <summary>
/// RFC 4180 CSV: fields separated by commas, quoted with <c>"</c> when they hold a comma, a quote or a line
/// break, a quote doubled inside quotes. Reading also takes LF or lone CR line ends, skips blank lines and a
/// byte order mark, and keeps stray quotes inside unquoted fields as text; writing uses CRLF.
/// </summary>
public static class CsvFormat
{
    public static IReadOnlyList<CsvRecord> ReadRecords(string text)
    {
        using var reader = new StringReader(text);
        return ReadRecords(reader).ToList();
    }

    public static IEnumerable<CsvRecord> ReadRecords(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var number = 0;
        var inQuotes = false;
        var fieldWasQuoted = false;
        var recordStarted = false;
        var first = true;
        int read;
        while ((read = reader.Read()) != -1)
        {
            var c = (char)read;
            if (first)
            {
                first = false;
                if (c == '\uFEFF')
                {
                    continue;
                }
            }

            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    inQuotes = false;
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !fieldWasQuoted:
                    inQuotes = fieldWasQuoted = recordStarted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    fieldWasQuoted = false;
                    recordStarted = true;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }

                    if (recordStarted || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(++number, fields.ToArray());
                    }

                    fields.Clear();
                    field.Clear();
                    fieldWasQuoted = recordStarted = false;
                    break;
                default:
                    field.Append(c);
                    recordStarted = true;
                    break;
            }
        }

        if (recordStarted || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(++number, fields.ToArray(), inQuotes);
        }
    }

    /// <summary>Writes one record and its CRLF.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        writer.Write(FormatRecord(fields));
        writer.Write("\r\n");
    }

    /// <summary>One record without its line end; <c>null</c> is written as an empty field.</summary>
    public static string FormatRecord(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(',', fields.Select(Quote));
    }

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return string.Empty;
        }

        var needsQuotes = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1]);
        return needsQuotes ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
    }
}
