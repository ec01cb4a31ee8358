using System.Text.Encodings.Web;
using Linkwell.Domain.Caseloads;
using Linkwell.Domain.Referrals;
using Microsoft.AspNetCore.Html;

namespace Linkwell.Web.Features.Shared;

/// <summary>NHS.UK tags for statuses, one colour per meaning so lists scan at a glance.</summary>
public static class Tags
{
    public static IHtmlContent Status(ReferralStatus status) => Tag(Text.Of(status), status switch
    {
        ReferralStatus.AwaitingTriage => "blue",
        ReferralStatus.Accepted => "green",
        ReferralStatus.Declined => "grey",
        ReferralStatus.Closed => "white",
    });

    public static IHtmlContent Urgency(Urgency urgency) =>
        Tag(Text.Of(urgency), urgency == Domain.Referrals.Urgency.Urgent ? "red" : "grey");

    public static IHtmlContent Caseload(CaseloadLevel level) => level switch
    {
        CaseloadLevel.BelowSafeRange => Tag("Below the safe range", "blue"),
        CaseloadLevel.WithinSafeRange => Tag("Within the safe range", "green"),
        CaseloadLevel.OverSafeRange => Tag("Over the safe range", "red"),
    };

    public static IHtmlContent Tag(string text, string colour) =>
        new HtmlString($"<strong class=\"nhsuk-tag nhsuk-tag--{colour}\">{HtmlEncoder.Default.Encode(text)}</strong>");
}
