namespace Linkwell.Domain.Shared;

internal static class Guard
{
    public static string Required(string? value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException($"Enter {what}.") : value.Trim();

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static DateTime Utc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new ArgumentException("Times in the model are UTC.", nameof(value));
}
