using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;

namespace Linkwell.Web.Features.Directory.Owners;

/// <summary>How fresh a listing is on a given day.</summary>
/// <param name="ConfirmedOn">Its confirmed (assured) date, or for one never confirmed the day it last changed; null if neither is known.</param>
/// <param name="Stale">Not confirmed for <see cref="ListingFreshness.FlagAfterMonths"/>: flagged to referrers, owners reminded.</param>
/// <param name="HiddenSince">The first day search left it out (not confirmed for <see cref="ListingFreshness.HideAfterMonths"/>), or null while it is shown.</param>
public sealed record Freshness(DateOnly? ConfirmedOn, bool Stale, DateOnly? HiddenSince)
{
    public bool Hidden => HiddenSince is not null || ConfirmedOn is null;
}

/// <summary>
/// When a listing goes stale and when it leaves search: <c>Directory:FlagAfterMonths</c> (6) and
/// <c>Directory:HideAfterMonths</c> (12), the settings link workers' search reads too. A listing never
/// confirmed counts from its last change, as search counts it.
/// </summary>
public sealed class ListingFreshness(IConfiguration configuration)
{
    public int FlagAfterMonths { get; } = configuration.GetValue("Directory:FlagAfterMonths", 6);

    public int HideAfterMonths { get; } = configuration.GetValue("Directory:HideAfterMonths", 12);

    public Freshness Of(OrukService service, DateOnly today) =>
        Of(service.AssuredDate ?? (service.LastModified is { } changed ? DateOnly.FromDateTime(changed.UtcDateTime) : null), today);

    /// <summary>Link workers' search shows listings confirmed on this day or later.</summary>
    public DateOnly ShownSince(DateOnly today) => today.AddMonths(-HideAfterMonths);

    /// <param name="confirmed">The confirmed date, or for a listing never confirmed the day it last changed (<see cref="Listing.ConfirmedOn"/>).</param>
    public Freshness Of(DateOnly? confirmed, DateOnly today)
    {
        if (confirmed is not { } on)
        {
            return new Freshness(null, Stale: true, HiddenSince: null);
        }

        // Search shows listings confirmed since ShownSince, so the day after that anniversary hides it.
        var hiddenFrom = on.AddMonths(HideAfterMonths).AddDays(1);
        return new Freshness(on, on < today.AddMonths(-FlagAfterMonths), hiddenFrom <= today ? hiddenFrom : null);
    }
}
