using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Linkwell.Web.Features.Shared;

/// <summary>
/// NHS.UK design system form fields in one place: label, hint, error message, the value as typed, and the
/// aria wiring, so every page gets them right. Markup follows nhsuk-frontend's component fixtures.
/// </summary>
public abstract class NhsFieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = string.Empty;

    public string? Hint { get; set; }

    /// <summary>ModelState key whose errors show here, when it differs from the field's own name.</summary>
    [HtmlAttributeName("errors-for")]
    public string? ErrorsFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected string Name => For.Name;

    protected string Id => FieldId(For.Name);

    protected IReadOnlyList<string> Errors =>
        ViewContext.ModelState.TryGetValue(ErrorsFor ?? Name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).ToList()
            : [];

    /// <summary>What the person typed (kept across a failed post), else the model's value.</summary>
    protected string? Value(string? name = null, object? model = null)
    {
        name ??= Name;
        return ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : (model ?? For.Model)?.ToString();
    }

    public static string FieldId(string name) => TagBuilder.CreateSanitizedId(name, "-");

    protected static string E(string? text) => HtmlEncoder.Default.Encode(text ?? string.Empty);

    protected string GroupStart(string extraClass = "") =>
        $"<div class=\"nhsuk-form-group{(Errors.Count > 0 ? " nhsuk-form-group--error" : string.Empty)}{extraClass}\">";

    protected string HintHtml() => Hint is null ? string.Empty : $"<div class=\"nhsuk-hint\" id=\"{Id}-hint\">{E(Hint)}</div>";

    protected string ErrorHtml() => Errors.Count == 0
        ? string.Empty
        : $"<span class=\"nhsuk-error-message\" id=\"{Id}-error\"><span class=\"nhsuk-u-visually-hidden\">Error:</span> {E(Errors[0])}</span>";

    protected string DescribedBy()
    {
        var ids = new List<string>();
        if (Hint is not null)
        {
            ids.Add($"{Id}-hint");
        }

        if (Errors.Count > 0)
        {
            ids.Add($"{Id}-error");
        }

        return ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    protected static void Replace(TagHelperOutput output, string html)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(html);
    }
}

[HtmlTargetElement("nhs-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsInputTagHelper : NhsFieldTagHelper
{
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    /// <summary>nhsuk-input--width-N (2, 3, 4, 5, 10, 20, 30).</summary>
    public int? Width { get; set; }

    public string? Inputmode { get; set; }

    public bool Spellcheck { get; set; } = true;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "nhsuk-input" + (Width is { } w ? $" nhsuk-input--width-{w}" : string.Empty) + (Errors.Count > 0 ? " nhsuk-input--error" : string.Empty);
        var extras = (Autocomplete is null ? string.Empty : $" autocomplete=\"{E(Autocomplete)}\"")
            + (Inputmode is null ? string.Empty : $" inputmode=\"{E(Inputmode)}\"")
            + (Spellcheck ? string.Empty : " spellcheck=\"false\"");
        var value = Type == "password" ? string.Empty : E(Value());
        Replace(output, $"{GroupStart()}<label class=\"nhsuk-label\" for=\"{Id}\">{E(Label)}</label>{HintHtml()}{ErrorHtml()}"
            + $"<input class=\"{classes}\" id=\"{Id}\" name=\"{Name}\" type=\"{E(Type)}\" value=\"{value}\"{extras}{DescribedBy()}></div>");
    }
}

[HtmlTargetElement("nhs-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsTextareaTagHelper : NhsFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var classes = "nhsuk-textarea" + (Errors.Count > 0 ? " nhsuk-textarea--error" : string.Empty);
        Replace(output, $"{GroupStart()}<label class=\"nhsuk-label\" for=\"{Id}\">{E(Label)}</label>{HintHtml()}{ErrorHtml()}"
            + $"<textarea class=\"{classes}\" id=\"{Id}\" name=\"{Name}\" rows=\"{Rows}\"{DescribedBy()}>{E(Value())}</textarea></div>");
    }
}

[HtmlTargetElement("nhs-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsSelectTagHelper : NhsFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = Value();
        var options = string.Concat(Items.Select(i =>
            $"<option value=\"{E(i.Value)}\"{(i.Value == current ? " selected" : string.Empty)}>{E(i.Text)}</option>"));
        var classes = "nhsuk-select" + (Errors.Count > 0 ? " nhsuk-select--error" : string.Empty);
        Replace(output, $"{GroupStart()}<label class=\"nhsuk-label\" for=\"{Id}\">{E(Label)}</label>{HintHtml()}{ErrorHtml()}"
            + $"<select class=\"{classes}\" id=\"{Id}\" name=\"{Name}\"{DescribedBy()}>{options}</select></div>");
    }
}

/// <summary>
/// The NHS file upload (one file). A chosen file cannot be put back into the field after a failed post, so the
/// person chooses it again; nhsuk-frontend adds the drop zone where JavaScript runs.
/// </summary>
[HtmlTargetElement("nhs-file", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsFileTagHelper : NhsFieldTagHelper
{
    /// <summary>The file types offered in the picker, e.g. ".json,.zip".</summary>
    public string? Accept { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var accept = Accept is null ? string.Empty : $" accept=\"{E(Accept)}\"";
        Replace(output, $"<div class=\"nhsuk-form-group nhsuk-file-upload{(Errors.Count > 0 ? " nhsuk-form-group--error" : string.Empty)}\" data-module=\"nhsuk-file-upload\">"
            + $"<label class=\"nhsuk-label\" for=\"{Id}\">{E(Label)}</label>{HintHtml()}{ErrorHtml()}"
            + $"<input class=\"nhsuk-file-upload__input\" id=\"{Id}\" name=\"{Name}\" type=\"file\"{accept}{DescribedBy()}></div>");
    }
}

/// <summary>Radios for a single choice (an enum or a yes/no), inside a fieldset with a legend.</summary>
[HtmlTargetElement("nhs-radios", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsRadiosTagHelper : NhsFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public bool Inline { get; set; }

    /// <summary>The small variant, for filters beside results.</summary>
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var current = Value();
        var items = Items.Select((item, i) =>
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var hint = item.Group?.Name is { } h ? $"<div class=\"nhsuk-hint nhsuk-radios__hint\" id=\"{id}-item-hint\">{E(h)}</div>" : string.Empty;
            var checkedAttr = string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase) ? " checked" : string.Empty;
            return $"<div class=\"nhsuk-radios__item\"><input class=\"nhsuk-radios__input\" id=\"{id}\" name=\"{Name}\" type=\"radio\" value=\"{E(item.Value)}\"{checkedAttr}>"
                + $"<label class=\"nhsuk-label nhsuk-radios__label\" for=\"{id}\">{E(item.Text)}</label>{hint}</div>";
        });
        Replace(output, $"{GroupStart()}<fieldset class=\"nhsuk-fieldset\"{DescribedBy()}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(Label)}</legend>"
            + $"{HintHtml()}{ErrorHtml()}<div class=\"nhsuk-radios{(Inline ? " nhsuk-radios--inline" : string.Empty)}{(Small ? " nhsuk-radios--small" : string.Empty)}\" data-module=\"nhsuk-radios\">{string.Concat(items)}</div></fieldset></div>");
    }
}

/// <summary>Checkboxes for a list of choices; posts every ticked value under the same name.</summary>
[HtmlTargetElement("nhs-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsCheckboxesTagHelper : NhsFieldTagHelper
{
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>The small variant, for filters beside results.</summary>
    public bool Small { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var ticked = ViewContext.ModelState.TryGetValue(Name, out var entry) && entry.RawValue is not null
            ? (entry.RawValue as string[] ?? [entry.AttemptedValue ?? string.Empty]).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : ((For.Model as System.Collections.IEnumerable)?.Cast<object>().Select(o => o.ToString()!) ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var items = Items.Select((item, i) =>
        {
            var id = i == 0 ? Id : $"{Id}-{i + 1}";
            var checkedAttr = ticked.Contains(item.Value) ? " checked" : string.Empty;
            return $"<div class=\"nhsuk-checkboxes__item\"><input class=\"nhsuk-checkboxes__input\" id=\"{id}\" name=\"{Name}\" type=\"checkbox\" value=\"{E(item.Value)}\"{checkedAttr}>"
                + $"<label class=\"nhsuk-label nhsuk-checkboxes__label\" for=\"{id}\">{E(item.Text)}</label></div>";
        });
        Replace(output, $"{GroupStart()}<fieldset class=\"nhsuk-fieldset\"{DescribedBy()}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(Label)}</legend>"
            + $"{HintHtml()}{ErrorHtml()}<div class=\"nhsuk-checkboxes{(Small ? " nhsuk-checkboxes--small" : string.Empty)}\" data-module=\"nhsuk-checkboxes\">{string.Concat(items)}</div></fieldset></div>");
    }
}

/// <summary>The NHS date input: day, month and year boxes bound to a <c>DateParts</c>.</summary>
[HtmlTargetElement("nhs-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsDateTagHelper : NhsFieldTagHelper
{
    // A part's own typed or model value; never the whole DateParts (whose ToString is its type name).
    private string? PartValue(string part) =>
        ViewContext.ModelState.TryGetValue($"{Name}.{part}", out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : For.ModelExplorer.GetExplorerForProperty(part)?.Model?.ToString();

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var error = Errors.Count > 0 ? " nhsuk-input--error" : string.Empty;
        string Part(string part, string label, int width) =>
            $"<div class=\"nhsuk-date-input__item\"><div class=\"nhsuk-form-group\"><label class=\"nhsuk-label nhsuk-date-input__label\" for=\"{Id}-{part.ToLowerInvariant()}\">{label}</label>"
            + $"<input class=\"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}{error}\" id=\"{Id}-{part.ToLowerInvariant()}\" name=\"{Name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{E(PartValue(part))}\"></div></div>";
        Replace(output, $"{GroupStart()}<fieldset class=\"nhsuk-fieldset\" role=\"group\"{DescribedBy()}><legend class=\"nhsuk-fieldset__legend nhsuk-fieldset__legend--s\">{E(Label)}</legend>"
            + $"{HintHtml()}{ErrorHtml()}<div class=\"nhsuk-date-input\" id=\"{Id}\">{Part("Day", "Day", 2)}{Part("Month", "Month", 2)}{Part("Year", "Year", 4)}</div></fieldset></div>");
    }
}

/// <summary>
/// The error summary at the top of a form: every error, each linking to its field. Focused on load by
/// nhsuk-frontend, so screen reader users hear it first.
/// </summary>
[HtmlTargetElement("nhs-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NhsErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .SelectMany(e => e.Value!.Errors.Select(err => (Key: e.Key, err.ErrorMessage)))
            .OrderBy(e => PositionOf(e.Key))
            .ToList();
        output.TagName = null;
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var items = string.Concat(errors.Select(e => e.Key.Length == 0
            ? $"<li>{HtmlEncoder.Default.Encode(e.ErrorMessage)}</li>"
            : $"<li><a href=\"#{TargetId(e.Key)}\">{HtmlEncoder.Default.Encode(e.ErrorMessage)}</a></li>"));
        output.Content.SetHtmlContent(
            "<div class=\"nhsuk-error-summary\" data-module=\"nhsuk-error-summary\"><div role=\"alert\">"
            + "<h2 class=\"nhsuk-error-summary__title\">There is a problem</h2><div class=\"nhsuk-error-summary__body\">"
            + $"<ul class=\"nhsuk-list nhsuk-error-summary__list\">{items}</ul></div></div></div>");
    }

    private int PositionOf(string key) =>
        ViewContext.ViewData.Model is { } page ? FieldOrder.PositionOf(page.GetType(), key) : 0;

    private static string TargetId(string key) =>
        NhsFieldTagHelper.FieldId(key.EndsWith("DateOfBirth", StringComparison.Ordinal) ? key + "Parts" : key)
        + (key.EndsWith("DateOfBirth", StringComparison.Ordinal) ? "-day" : string.Empty);
}
