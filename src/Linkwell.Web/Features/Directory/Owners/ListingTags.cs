using Linkwell.Web.Features.Shared;
using Microsoft.AspNetCore.Html;

namespace Linkwell.Web.Features.Directory.Owners;

/// <summary>NHS.UK tags for a listing's capacity status and freshness.</summary>
public static class ListingTags
{
    public static IHtmlContent Capacity(string? code) => LinkwellTaxonomy.CapacityName(code) is { } words
        ? Tags.Tag(words, code switch
        {
            "capacity" => "green",
            "waitlist" => "yellow",
            "no-capacity" => "red",
            _ => "blue",
        })
        : Tags.Tag("Capacity not set", "grey");

    public static IHtmlContent Freshness(Freshness freshness, ListingFreshness rules) =>
        freshness.Hidden ? Tags.Tag("Hidden from search", "red")
        : freshness.Stale ? Tags.Tag($"Not confirmed for {rules.FlagAfterMonths} months", "orange")
        : Tags.Tag("Confirmed", "green");
}
