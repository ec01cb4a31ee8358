using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Linkwell.Web.Features.Shared;

/// <summary>
/// The version of the record the form was drawn from, posted back so the handler can call
/// <c>ExpectVersion</c>: a save over someone else's change then fails with a clear message.
/// </summary>
/// <remarks>
/// Always the model's value, never the posted one: when a form is shown again it shows the latest record,
/// and the version must be the one of what is on screen.
/// </remarks>
[HtmlTargetElement("hidden-version", TagStructure = TagStructure.WithoutEndTag)]
public sealed class HiddenVersionTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(
            $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(For.Name)}\" value=\"{HtmlEncoder.Default.Encode(For.Model?.ToString() ?? string.Empty)}\">");
    }
}
