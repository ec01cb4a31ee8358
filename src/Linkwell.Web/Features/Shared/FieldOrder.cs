using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Linkwell.Web.Features.Shared;

/// <summary>
/// The order in which a page asks for its fields, so the error summary lists problems top to bottom
/// (WCAG 3.3.1 and the NHS.UK pattern) instead of in the order validation happened to find them.
/// Page input classes declare their properties in form order; this walks them once per page type.
/// </summary>
public static partial class FieldOrder
{
    private const int MaxDepth = 5;
    private static readonly ConcurrentDictionary<Type, Dictionary<string, int>> Cache = new();

    /// <summary>Position of a ModelState key on the page: page-wide messages first, unknown keys last.</summary>
    public static int PositionOf(Type pageModel, string key)
    {
        if (key.Length == 0)
        {
            return -1;
        }

        var order = Cache.GetOrAdd(pageModel, Build);
        return order.TryGetValue(Normalise(key), out var position) ? position : int.MaxValue;
    }

    /// <summary>"Input.Risks[2].Description" and "Input.Risks[0].Description" share one position.</summary>
    public static string Normalise(string key) => Index().Replace(key, "[]");

    private static Dictionary<string, int> Build(Type pageModel)
    {
        var keys = new List<string>();
        foreach (var property in pageModel.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null))
        {
            var name = property.GetCustomAttribute<BindPropertyAttribute>()!.Name ?? property.Name;
            Walk(property.PropertyType, name, keys, 0);
        }

        var order = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            order.TryAdd(key, order.Count);
        }

        return order;
    }

    private static void Walk(Type type, string path, List<string> keys, int depth)
    {
        keys.Add(path);
        if (depth >= MaxDepth || IsLeaf(type))
        {
            return;
        }

        if (ElementType(type) is { } element)
        {
            Walk(element, path + "[]", keys, depth + 1);
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            Walk(property.PropertyType, path + "." + property.Name, keys, depth + 1);
        }
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(Guid)
               || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(DateTime) || t == typeof(DateTimeOffset);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[^1]
        : null;

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
