using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;
using Microsoft.AspNetCore.Mvc.Rendering;
using ContactMethod = Linkwell.Domain.Referrals.ContactMethod;

namespace Linkwell.Web.Features.Shared;

/// <summary>Option lists for radios, checkboxes and selects, with plain-words labels.</summary>
public static class Choices
{
    public static List<SelectListItem> Needs() => Of(Enum.GetValues<NeedCategory>(), Text.Of);

    public static List<SelectListItem> Urgencies() =>
    [
        new("Routine", nameof(Urgency.Routine)),
        new("Urgent – the person needs contact within 2 working days", nameof(Urgency.Urgent)),
    ];

    public static List<SelectListItem> YesNo(string yes = "Yes", string no = "No") => [new(yes, "true"), new(no, "false")];

    public static List<SelectListItem> Sexes() =>
    [
        new("Female", nameof(Sex.Female)),
        new("Male", nameof(Sex.Male)),
        new("Indeterminate", nameof(Sex.Indeterminate)),
        new("Not stated", nameof(Sex.NotStated)),
        new("Not known", nameof(Sex.NotKnown)),
    ];

    public static List<SelectListItem> PersonContactMethods() =>
    [
        new("Phone call", nameof(ContactPreference.Phone)),
        new("Text message", nameof(ContactPreference.TextMessage)),
        new("Email", nameof(ContactPreference.Email)),
        new("Letter", nameof(ContactPreference.Letter)),
    ];

    public static List<SelectListItem> ContactMethods() => Of(Enum.GetValues<ContactMethod>(), Text.Of);

    public static List<SelectListItem> DeclineReasons() => Of(Enum.GetValues<DeclineReason>(), Text.Of);

    public static List<SelectListItem> CloseReasons() => Of(Enum.GetValues<CloseReason>(), Text.Of);

    /// <summary>NHS ethnic categories (the 2001 census codes the NHS Data Dictionary still uses).</summary>
    public static List<SelectListItem> EthnicCategories() =>
    [
        new("Not stated", string.Empty),
        new("White – British", "A"), new("White – Irish", "B"), new("White – any other White background", "C"),
        new("Mixed – White and Black Caribbean", "D"), new("Mixed – White and Black African", "E"),
        new("Mixed – White and Asian", "F"), new("Mixed – any other mixed background", "G"),
        new("Asian or Asian British – Indian", "H"), new("Asian or Asian British – Pakistani", "J"),
        new("Asian or Asian British – Bangladeshi", "K"), new("Asian or Asian British – any other Asian background", "L"),
        new("Black or Black British – Caribbean", "M"), new("Black or Black British – African", "N"),
        new("Black or Black British – any other Black background", "P"), new("Other – Chinese", "R"),
        new("Other – any other ethnic group", "S"), new("The person chose not to say", "Z"),
    ];

    private static List<SelectListItem> Of<T>(IEnumerable<T> values, Func<T, string> text)
        where T : struct, Enum =>
        values.Select(v => new SelectListItem(text(v), v.ToString())).ToList();
}
