using Linkwell.Domain.Directory.Search;
using Linkwell.Domain.Geography;

namespace Linkwell.Domain.Tests.Directory.Search;

/// <summary>A hand-built directory around Leeds where the right answer to each search is known.</summary>
public sealed class DirectorySnapshotTests
{
    // Leeds city centre (LS1 4AP) and places at known distances from it.
    private const double Lat = 53.7996;
    private const double Lon = -1.5491;

    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly DirectorySnapshot Directory = DirectorySnapshot.Build(
    [
        Listing("walk-1", "Headingley Walking Group", metresNorth: 2_500, terms: ["physical-activity"], hours: WeeklyHours.Open([1], new(10, 0), new(11, 30)), cost: CostKind.Free, capacity: "capacity"),
        Listing("walk-2", "Roundhay Park Walkers", metresNorth: 6_000, terms: ["physical-activity"], hours: WeeklyHours.Open([1], new(10, 0), new(12, 0)), cost: CostKind.Free),
        Listing("walk-3", "Evening walking group", metresNorth: 1_000, terms: ["physical-activity"], hours: WeeklyHours.Open([1], new(18, 0), new(19, 0))),
        Listing("choir", "Leeds Community Choir", metresNorth: 500, terms: ["arts"], hours: WeeklyHours.Open([2], new(19, 0), new(21, 0)), cost: CostKind.Paid, capacity: "no-capacity"),
        Listing("youth", "Youth football", metresNorth: 800, terms: ["physical-activity"], minAge: 11, maxAge: 18),
        Listing("debt", "Citizens Advice debt clinic", metresNorth: 300, terms: ["money"], description: "Free advice on debts, benefits and budgeting.", assured: Today.AddMonths(-14)),
        Listing("online", "Phone befriending", metresNorth: null, terms: ["loneliness"], description: "Weekly friendly phone calls."),
    ], version: 1, changed: DateTimeOffset.UnixEpoch);

    [Fact]
    public void Proximity_returns_exactly_the_services_within_the_radius_nearest_first()
    {
        var result = Search(new DirectoryQuery { Near = new Near(Lat, Lon, 3_000) });

        Assert.Equal(["debt", "choir", "youth", "walk-3", "walk-1"], Ids(result));
        Assert.InRange(result.Hits[0].DistanceMetres!.Value, 299, 301);
    }

    [Fact]
    public void A_walking_group_within_two_miles_on_tuesday_mornings_is_the_headingley_one()
    {
        var result = Search(new DirectoryQuery
        {
            Text = "walking group",
            Near = new Near(Lat, Lon, 3_219),
            OpenDuring = WeeklyHours.Open([1], new(9, 0), new(12, 0)),
        });

        Assert.Equal(["walk-1"], Ids(result));
    }

    [Fact]
    public void A_rare_word_beyond_the_distance_finds_nothing()
    {
        // "roundhay" is in one listing, 6 km away: fewer listings than those within 3 km, so the search starts from it.
        Assert.Empty(Ids(Search(new DirectoryQuery { Text = "roundhay", Near = new Near(Lat, Lon, 3_000) })));
        Assert.Equal(["walk-2"], Ids(Search(new DirectoryQuery { Text = "roundhay", Near = new Near(Lat, Lon, 7_000) })));
    }

    [Fact]
    public void Plurals_and_a_typo_still_find_walking_groups()
    {
        Assert.Equal(["walk-1", "walk-3"], Ids(Search(new DirectoryQuery { Text = "walking groups" })).Order());
        var typo = Search(new DirectoryQuery { Text = "wlaking" });
        Assert.True(typo.Corrected);
        Assert.Equal(["walk-1", "walk-3"], Ids(typo).Order());
        Assert.Equal(["walk-2"], Ids(Search(new DirectoryQuery { Text = "walkers" })));
    }

    [Fact]
    public void A_rare_word_outside_the_radius_is_not_found_even_when_its_list_is_the_shortest()
    {
        var result = Search(new DirectoryQuery { Text = "walkers", Near = new Near(Lat, Lon, 3_000) });

        Assert.Equal(0, result.TotalItems);
        Assert.Equal(["walk-2"], Ids(Search(new DirectoryQuery { Text = "walkers", Near = new Near(Lat, Lon, 7_000) })));
    }

    [Fact]
    public void Filtered_pages_count_every_match_but_keep_only_the_page()
    {
        var second = Search(new DirectoryQuery { TaxonomyTermIds = ["physical-activity"], Page = 2, PerPage = 2 });

        Assert.Equal(4, second.TotalItems);
        Assert.Equal(["walk-2", "youth"], Ids(second));
    }

    [Fact]
    public void A_word_found_nowhere_finds_nothing_rather_than_everything()
    {
        var result = Search(new DirectoryQuery { Text = "walking xylophones" });

        Assert.Equal(0, result.TotalItems);
    }

    [Fact]
    public void The_name_outranks_the_description()
    {
        var result = Search(new DirectoryQuery { Text = "debt" });

        Assert.Equal("debt", result.Hits[0].Listing.Id);
    }

    [Fact]
    public void Ages_overlap_the_services_age_range_and_open_ended_ranges_take_everyone()
    {
        Assert.Contains("youth", Ids(Search(new DirectoryQuery { MinimumAge = 15, MaximumAge = 15 })));
        var adults = Ids(Search(new DirectoryQuery { MinimumAge = 67, MaximumAge = 67 }));
        Assert.DoesNotContain("youth", adults);
        Assert.Contains("choir", adults);
    }

    [Fact]
    public void Taxonomy_cost_and_capacity_filters_combine()
    {
        Assert.Equal(["walk-1", "walk-2"], Ids(Search(new DirectoryQuery { TaxonomyTermIds = ["physical-activity"], Cost = CostKind.Free })).Order());
        Assert.Equal(["walk-1"], Ids(Search(new DirectoryQuery { AcceptingReferrals = true })));
        Assert.Equal(["choir", "debt"], Ids(Search(new DirectoryQuery { TaxonomyTermIds = ["arts", "money"] })).Order());
    }

    [Fact]
    public void Listings_not_confirmed_since_the_cut_off_are_left_out()
    {
        var result = Search(new DirectoryQuery { AssuredSince = Today.AddMonths(-12) });

        Assert.DoesNotContain("debt", Ids(result));
        Assert.Equal(6, result.TotalItems);
    }

    [Fact]
    public void Pages_without_a_search_are_in_name_order_and_count_everything()
    {
        var first = Search(new DirectoryQuery { Page = 1, PerPage = 3 });
        var third = Search(new DirectoryQuery { Page = 3, PerPage = 3 });
        var beyond = Search(new DirectoryQuery { Page = 9, PerPage = 3 });

        Assert.Equal(7, first.TotalItems);
        Assert.Equal(["debt", "walk-3", "walk-1"], Ids(first));
        Assert.Equal(["youth"], Ids(third));
        Assert.Empty(beyond.Hits);
    }

    [Fact]
    public void A_changed_snapshot_replaces_and_removes_listings_without_touching_the_old_one()
    {
        var renamed = Listing("choir", "Leeds Singing Club", metresNorth: 500, terms: ["arts"]);

        var next = Directory.With([renamed], ["online"], version: 2, at: DateTimeOffset.UnixEpoch);

        Assert.Equal(6, next.Count);
        Assert.Equal("Leeds Singing Club", next.Find("choir")!.Name);
        Assert.Null(next.Find("online"));
        Assert.Equal("Leeds Community Choir", Directory.Find("choir")!.Name);
        Assert.Equal(["choir"], Ids(next.Search(new DirectoryQuery { Text = "singing" })));
    }

    private static DirectoryResult Search(DirectoryQuery query) => Directory.Search(query);

    private static List<string> Ids(DirectoryResult result) => [.. result.Hits.Select(h => h.Listing.Id)];

    private static Listing Listing(
        string id, string name, double? metresNorth, string[] terms, WeeklyHours hours = default, CostKind cost = CostKind.NotStated,
        string? capacity = null, decimal? minAge = null, decimal? maxAge = null, string? description = null, DateOnly? assured = null) => new()
        {
            Id = id,
            Name = name,
            Description = description,
            TaxonomyTermIds = terms,
            Places = metresNorth is { } m ? [new ListingPlace($"{id}-sal", Lat + (m / 111_195.0), Lon)] : [],
            Hours = hours,
            Cost = cost,
            Capacity = capacity,
            MinimumAge = minAge,
            MaximumAge = maxAge,
            AssuredDate = assured ?? Today.AddMonths(-1),
        };

    [Fact]
    public void The_fixture_places_are_where_the_tests_say()
    {
        var walk = Directory.Find("walk-1")!.Places[0];

        Assert.InRange(Geo.DistanceMetres(Lat, Lon, walk.Latitude, walk.Longitude), 2_495, 2_505);
    }
}
