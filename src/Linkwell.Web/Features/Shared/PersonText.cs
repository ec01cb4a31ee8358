using Linkwell.Domain.People;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Linkwell.Web.Features.Shared;

/// <summary>A person's demographics in plain words, as the summary lists show them.</summary>
public static class PersonText
{
    /// <summary>3-3-4, as the NHS shows it; a stored value is already valid, but a bad one is shown as it is.</summary>
    public static string NhsNumber(string? value) =>
        value is null ? "Not known"
        : Domain.People.NhsNumber.TryParse(value, out var number, out _) ? number.Formatted : value;

    public static int Age(DateOnly dateOfBirth, DateOnly today)
    {
        var age = today.Year - dateOfBirth.Year;
        return today < dateOfBirth.AddYears(age) ? age - 1 : age;
    }

    public static string Sex(Sex sex) => Label(Choices.Sexes(), sex.ToString());

    public static string ContactPreference(ContactPreference preference) => Label(Choices.PersonContactMethods(), preference.ToString());

    public static string EthnicCategory(string? code) => Label(Choices.EthnicCategories(), code ?? string.Empty);

    public static IEnumerable<string> Address(PersonDetails details) =>
        new[] { details.AddressLine1, details.AddressLine2, details.Town, details.Postcode }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!);

    private static string Label(List<SelectListItem> items, string value) =>
        items.FirstOrDefault(i => i.Value == value)?.Text ?? value;
}
