using System.Text.Json;
using System.Text.Json.Nodes;

namespace Linkwell.Domain.Tests.Directory;

/// <summary>Compares JSON as trees: property order ignored, a null or an empty list the same as absent.</summary>
internal static class JsonTrees
{
    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    /// <summary>The JSON with properties sorted and nulls and empty lists dropped, indented so a diff reads well.</summary>
    public static string Canonical(string json) => Canonicalise(JsonNode.Parse(json))?.ToJsonString(_indented) ?? "null";

    /// <summary>The paths of <paramref name="expected"/> whose values <paramref name="actual"/> lacks or differs in (extra data in actual is fine).</summary>
    public static List<string> Missing(string expected, string actual)
    {
        var missing = new List<string>();
        Compare(Canonicalise(JsonNode.Parse(expected)), Canonicalise(JsonNode.Parse(actual)), "$", missing);
        return missing;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> missing)
    {
        switch (expected)
        {
            case JsonObject obj when actual is JsonObject other:
                foreach (var (key, value) in obj)
                {
                    Compare(value, other[key], $"{path}.{key}", missing);
                }

                break;
            case JsonArray array when actual is JsonArray other && other.Count == array.Count:
                for (var i = 0; i < array.Count; i++)
                {
                    Compare(array[i], other[i], $"{path}[{i}]", missing);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    missing.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "nothing"}");
                }

                break;
        }
    }

    private static JsonNode? Canonicalise(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .Select(pair => (pair.Key, Value: Canonicalise(pair.Value)))
            .Where(pair => pair.Value is not null and not JsonArray { Count: 0 })
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => KeyValuePair.Create(pair.Key, pair.Value))),
        JsonArray array => new JsonArray(array.Select(Canonicalise).ToArray()),
        _ => node?.DeepClone(),
    };
}
