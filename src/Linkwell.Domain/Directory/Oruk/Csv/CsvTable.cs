namespace Linkwell.Domain.Directory.Oruk.Csv;

/// <summary>One column of a table: its data package field and how it maps to a property.</summary>
internal sealed record CsvColumn<T>(
    string Name,
    string Type,
    string? Format,
    bool Required,
    bool Extension,
    Func<T, string?> Get,
    Func<T, string?, string?> Set);

/// <summary>A row read from a table, with its record number for problems.</summary>
internal sealed record CsvRow<T>(T Item, string Id, string File, int Number);

/// <summary>A row to write: the item and the values its nesting supplies for links it does not carry itself.</summary>
internal sealed record CsvOutRow<T>(T Item, IReadOnlyDictionary<string, string?> Links);

/// <summary>
/// One table of the package (one resource of datapackage.json): its file, the variant names it is also found
/// under, and its columns. Extension columns and tables (HSDS fields outside the UK profile) are written only
/// when they hold something.
/// </summary>
internal sealed class CsvTable<T>(string resource, string path, IReadOnlyList<string> variants, bool extension = false)
    where T : new()
{
    private readonly List<CsvColumn<T>> _columns = [];
    private readonly List<(string Field, string Resource)> _foreignKeys = [];

    public string Resource { get; } = resource;

    public string Path { get; } = path;

    public IReadOnlyList<string> Variants { get; } = variants;

    public bool Extension { get; } = extension;

    public IReadOnlyList<CsvColumn<T>> Columns => _columns;

    public IReadOnlyList<(string Field, string Resource)> ForeignKeys => _foreignKeys;

    /// <summary>
    /// Reads the rows of one file (its first record being the header), reporting and skipping rows that are
    /// malformed, miss a required value, hold a value of the wrong type or repeat an earlier id.
    /// </summary>
    public List<CsvRow<T>> Read(string file, IEnumerable<CsvRecord> records, List<OrukCsvProblem> problems)
    {
        var rows = new List<CsvRow<T>>();
        using var cursor = records.GetEnumerator();
        if (!cursor.MoveNext())
        {
            return rows;
        }

        var header = cursor.Current.Fields.Select(name => name.Trim().ToLowerInvariant()).ToList();
        var missing = _columns.Where(column => column.Required && !header.Contains(column.Name)).Select(column => column.Name).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new OrukCsvProblem(file, 1, null, $"the header has no {string.Join(", ", missing)} column, which is required; no rows read"));
            return rows;
        }

        var mapped = _columns.Select(column => (Column: column, Index: header.IndexOf(column.Name))).Where(pair => pair.Index >= 0).ToList();
        var idIndex = header.IndexOf("id");
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (cursor.MoveNext())
        {
            var record = cursor.Current;
            var fields = record.Fields;
            var id = Value(fields, idIndex);
            var errors = new List<string>();
            if (record.Unterminated)
            {
                errors.Add("a quoted field is not closed before the end of the file");
            }
            else if (fields.Skip(header.Count).Any(field => field.Length > 0))
            {
                errors.Add($"it has {fields.Count} fields but the header has {header.Count}");
            }

            var item = new T();
            foreach (var (column, index) in mapped.Where(_ => errors.Count == 0))
            {
                var text = Value(fields, index);
                var error = text is null && column.Required ? "is empty" : column.Set(item, text);
                if (error is not null)
                {
                    errors.Add($"{column.Name} {error}");
                }
            }

            if (errors.Count == 0 && id is not null && seen.TryGetValue(id, out var earlier))
            {
                errors.Add($"row {earlier} has the same id");
            }

            if (errors.Count > 0)
            {
                problems.Add(new OrukCsvProblem(file, record.Number, id, $"{string.Join("; ", errors)}; row skipped"));
                continue;
            }

            seen[id!] = record.Number;
            rows.Add(new CsvRow<T>(item, id!, file, record.Number));
        }

        return rows;
    }

    /// <summary>The columns to write for these rows: every UK profile column, extensions only where used.</summary>
    public IReadOnlyList<CsvColumn<T>> ColumnsFor(IReadOnlyList<CsvOutRow<T>> rows) =>
        _columns.Where(column => !column.Extension || rows.Any(row => !string.IsNullOrEmpty(Value(column, row)))).ToList();

    public static void Write(TextWriter writer, IReadOnlyList<CsvColumn<T>> columns, IEnumerable<CsvOutRow<T>> rows)
    {
        CsvFormat.WriteRecord(writer, columns.Select(column => column.Name));
        foreach (var row in rows)
        {
            CsvFormat.WriteRecord(writer, columns.Select(column => Value(column, row)));
        }
    }

    private static string? Value(CsvColumn<T> column, CsvOutRow<T> row)
    {
        var own = column.Get(row.Item);
        return string.IsNullOrEmpty(own) && row.Links.TryGetValue(column.Name, out var link) ? link : own;
    }

    private static string? Value(IReadOnlyList<string> fields, int index) =>
        index >= 0 && index < fields.Count && !string.IsNullOrWhiteSpace(fields[index]) ? fields[index] : null;

    public CsvTable<T> Text(
        string name,
        Func<T, string?> get,
        Action<T, string?> set,
        bool required = false,
        string? format = null,
        bool extension = false,
        IReadOnlyList<string>? allowed = null) =>
        Add(name, "string", format, required, extension, get, (item, text) =>
        {
            if (text is not null && allowed is not null && !allowed.Contains(text))
            {
                return $"'{text}' is not one of {string.Join(", ", allowed)}";
            }

            set(item, text);
            return null;
        });

    /// <summary>An id of another row (format uuid), optionally declared as a foreign key of the package.</summary>
    public CsvTable<T> Link(string name, Func<T, string?> get, Action<T, string?> set, string? references = null, bool required = false, bool extension = false)
    {
        if (references is not null)
        {
            _foreignKeys.Add((name, references));
        }

        return Text(name, get, set, required, "uuid", extension);
    }

    public CsvTable<T> Number(string name, Func<T, decimal?> get, Action<T, decimal?> set, bool extension = false) =>
        Typed(name, "number", extension, get, set, OrukValues.FormatNumber, (string text, out decimal value) => OrukValues.TryParseNumber(text, out value), "a number");

    public CsvTable<T> Date(string name, Func<T, DateOnly?> get, Action<T, DateOnly?> set, bool required = false) =>
        Typed(name, "date", false, get, set, OrukValues.FormatDate, OrukValues.TryParseDate, "a date (yyyy-MM-dd)", required);

    public CsvTable<T> DateTime(string name, Func<T, DateTimeOffset?> get, Action<T, DateTimeOffset?> set) =>
        Typed(name, "datetime", false, get, set, OrukValues.FormatDateTime, OrukValues.TryParseDateTime, "a date-time (ISO 8601, e.g. 2023-03-15T10:30:45Z)");

    public CsvTable<T> Time(string name, Func<T, TimeOnly?> get, Action<T, TimeOnly?> set) =>
        Typed(name, "time", false, get, set, OrukValues.FormatTime, OrukValues.TryParseTime, "a time (HH:mm:ss)");

    private delegate bool TryParse<TValue>(string text, out TValue value);

    private CsvTable<T> Typed<TValue>(
        string name,
        string type,
        bool extension,
        Func<T, TValue?> get,
        Action<T, TValue?> set,
        Func<TValue, string> format,
        TryParse<TValue> parse,
        string expected,
        bool required = false)
        where TValue : struct =>
        Add(name, type, null, required, extension, item => get(item) is { } value ? format(value) : null, (item, text) =>
        {
            if (text is null)
            {
                set(item, null);
                return null;
            }

            if (!parse(text, out var value))
            {
                return $"'{text}' is not {expected}";
            }

            set(item, value);
            return null;
        });

    private CsvTable<T> Add(string name, string type, string? format, bool required, bool extension, Func<T, string?> get, Func<T, string?, string?> set)
    {
        _columns.Add(new CsvColumn<T>(name, type, format, required, extension, get, set));
        return this;
    }
}
