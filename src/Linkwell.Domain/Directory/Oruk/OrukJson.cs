using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Linkwell.Domain.Directory.Oruk;

/// <summary>
/// The JSON of ORUK 3.0 for the <c>Oruk*</c> model: snake_case names, no nulls and no empty lists written
/// (so a list item is just its scalars and a full object only what it has), a page's <c>contents</c> always
/// written; numbers are also read from strings, and a <c>null</c> list is read as an empty one. Text is
/// escaped only as JSON requires ("Ann's", "+44", "Llanelwy ŵ" stay as they are): the output is served as
/// application/json, never inlined into HTML.
/// </summary>
public static class OrukJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions(writeIndented: false);

    /// <summary>As <see cref="Options"/>, indented, for files and people.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(writeIndented: true);

    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, indented ? IndentedOptions : Options);

    /// <exception cref="JsonException">The JSON is malformed or does not fit <typeparamref name="T"/>.</exception>
    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("The JSON is null.");

    /// <exception cref="JsonException">The JSON is malformed or does not fit <typeparamref name="T"/>.</exception>
    public static async Task<T> DeserializeAsync<T>(Stream json, CancellationToken cancellationToken = default) =>
        await JsonSerializer.DeserializeAsync<T>(json, Options, cancellationToken) ?? throw new JsonException("The JSON is null.");

    private static JsonSerializerOptions CreateOptions(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            WriteIndented = writeIndented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ListsNeverNullNorWrittenEmpty } },
            Converters =
            {
                new TextConverter<TimeOnly>(OrukValues.TryParseTime, OrukValues.FormatTime, "a time, HH:mm:ss"),
                new TextConverter<DateTimeOffset>(OrukValues.TryParseDateTime, OrukValues.FormatDateTime, "an ISO 8601 date-time, e.g. 2023-03-15T10:30:45.123Z"),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void ListsNeverNullNorWrittenEmpty(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        var isPage = type.Type.IsGenericType && type.Type.GetGenericTypeDefinition() == typeof(OrukPage<>);
        foreach (var property in type.Properties)
        {
            if (!property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(List<>))
            {
                continue;
            }

            var listType = property.PropertyType;
            if (property.Set is { } set)
            {
                property.Set = (owner, value) => set(owner, value ?? Activator.CreateInstance(listType));
            }

            if (!isPage)
            {
                property.ShouldSerialize = (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>A value written as a JSON string in one of <see cref="OrukValues"/>' forms.</summary>
    private sealed class TextConverter<T>(TryParse<T> parse, Func<T, string> format, string expected) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            parse(reader.GetString() ?? string.Empty, out var value) ? value : throw new JsonException($"Expected {expected}.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(format(value));
    }
}
