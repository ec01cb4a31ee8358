using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Linkwell.Domain.Tests.Directory;

/// <summary>
/// Validates JSON against the Open Referral UK 3.0 schemas in <c>../shared/standards/oruk-3.0</c> (beside the
/// repository root, the folder holding Linkwell.slnx). Self-contained: copy it into any test project that
/// references NJsonSchema.
/// <para>
/// Schema names: <c>service</c>, <c>organization</c>, <c>service_at_location</c>... are the compiled (fully
/// nested) schemas of <c>compiled/</c>; a name ending <c>_list</c> (<c>service_list</c>, <c>taxonomy_list</c>...)
/// is the whole page (envelope and items) of <c>schema/</c>; any other name (<c>taxonomy</c>,
/// <c>taxonomy_term</c>, <c>api_details</c>...) is <c>schema/NAME.json</c> with its <c>$ref</c>s to
/// openreferraluk.org resolved from the same folder. A name with a slash picks a file: <c>compiled/service_list</c>
/// is one item of a services page.
/// </para>
/// <para>
/// The schemas carry keywords JSON Schema does not know (<c>constraints</c>, <c>datapackage_metadata</c>,
/// <c>core</c>...); NJsonSchema ignores them. Formats uuid, email, uri and date-time are checked.
/// </para>
/// </summary>
internal static class OrukSchemas
{
    private const string RefPrefix = "https://openreferraluk.org/specifications/3.0/schema/";

    private static readonly Lazy<string> _folder = new(FindFolder);
    private static readonly ConcurrentDictionary<string, JsonSchema> _schemas = new(StringComparer.Ordinal);

    /// <summary>The folder of the standard (openapi.json, schema/, compiled/, examples/); fails if it is missing.</summary>
    public static string Folder => _folder.Value;

    /// <summary>The errors of <paramref name="json"/> against the named schema, one readable line each; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(string schemaName, string json)
    {
        var schema = _schemas.GetOrAdd(schemaName, Load);
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var token = JToken.ReadFrom(reader);
        return schema.Validate(token).SelectMany(Describe).ToList();
    }

    private static IEnumerable<string> Describe(ValidationError error)
    {
        var path = string.IsNullOrEmpty(error.Path) ? "#" : error.Path;
        var line = $"{path}: {error.Kind}{(error.Property is null ? string.Empty : $" ({error.Property})")}";
        if (error is not ChildSchemaValidationError child)
        {
            return [line];
        }

        return child.Errors.Values.SelectMany(errors => errors).SelectMany(Describe).Prepend(line);
    }

    private static JsonSchema Load(string name)
    {
        var path = name.Contains('/', StringComparison.Ordinal) ? name
            : name.EndsWith("_list", StringComparison.Ordinal) ? $"schema/{name}"
            : File.Exists(Path.Combine(Folder, "compiled", $"{name}.json")) ? $"compiled/{name}"
            : $"schema/{name}";
        var file = Path.Combine(Folder, $"{path}.json");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"There is no ORUK schema '{name}' ({file}).");
        }

        var root = JsonNode.Parse(File.ReadAllText(file)) ?? throw new InvalidOperationException($"{file} is empty.");
        var inlined = Inline(root, Path.GetDirectoryName(file)!, [Path.GetFileName(file)]);
        return Task.Run(() => JsonSchema.FromJsonAsync(inlined.ToJsonString())).GetAwaiter().GetResult();
    }

    /// <summary>Replaces each <c>{"$ref": "https://openreferraluk.org/.../X.json"}</c> with the content of X.json beside it.</summary>
    private static JsonNode Inline(JsonNode node, string folder, HashSet<string> open)
    {
        switch (node)
        {
            case JsonObject obj when obj["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith(RefPrefix, StringComparison.Ordinal):
                var fileName = reference[RefPrefix.Length..];
                if (!open.Add(fileName))
                {
                    throw new InvalidOperationException($"The ORUK schemas refer to {fileName} within itself.");
                }

                var target = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, fileName)))!;
                var inlined = Inline(target, folder, open);
                open.Remove(fileName);
                return inlined;
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    if (child is not null && Inline(child, folder, open) is var replaced && !ReferenceEquals(replaced, child))
                    {
                        obj[key] = replaced;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item && Inline(item, folder, open) is var replaced && !ReferenceEquals(replaced, item))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            default:
                return node;
        }
    }

    private static string FindFolder()
    {
        var root = FindRepositoryRoot(AppContext.BaseDirectory) ?? FindRepositoryRoot(SourceDirectory());
        if (root is null)
        {
            throw new InvalidOperationException(
                $"Cannot find the repository root (the folder holding Linkwell.slnx) above {AppContext.BaseDirectory}, " +
                "so cannot find ../shared/standards/oruk-3.0 for the ORUK schema tests.");
        }

        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "standards", "oruk-3.0"));
        if (System.IO.Directory.Exists(folder))
        {
            return folder;
        }

        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        throw new InvalidOperationException(ci
            ? $"CI=true but the ORUK 3.0 standard is missing: expected {folder} (shared/ beside the checkout). " +
              "CI must have it: the ORUK contract tests cannot pass without it."
            : $"The ORUK 3.0 standard is missing: expected {folder}, that is ../shared/standards/oruk-3.0 beside the " +
              $"repository root {root}. Put the shared folder there to run the ORUK tests.");
    }

    private static string? FindRepositoryRoot(string? start)
    {
        for (var folder = start is null ? null : new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Linkwell.slnx")))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    /// <summary>This file's folder when it was compiled: the way back to the repository when the build output is elsewhere.</summary>
    private static string? SourceDirectory([CallerFilePath] string sourceFile = "") => Path.GetDirectoryName(sourceFile);
}
