using Linkwell.Domain.Directory.Search;

namespace Linkwell.Domain.Tests.Directory.Search;

public sealed class TextSearchPiecesTests
{
    [Theory]
    [InlineData("Walking Groups", new[] { "walk", "group" })]
    [InlineData("Activities for the over-60s", new[] { "activity", "over", "60s" })]
    [InlineData("Café & crafts", new[] { "cafe", "craft" })]
    [InlineData("Men's Shed: swimming, classes and churches", new[] { "men", "shed", "swim", "class", "church" })]
    [InlineData("Supported living", new[] { "support", "live" })]
    [InlineData("Dance and dancing, make and making, live and living", new[] { "danc", "danc", "make", "make", "live", "live" })]
    [InlineData("", new string[0])]
    public void Text_becomes_lower_case_stemmed_terms_without_common_words(string text, string[] expected) =>
        Assert.Equal(expected, TextAnalyzer.Terms(text));

    [Theory]
    [InlineData("walk", "walk", true)]
    [InlineData("wlak", "walk", true)]
    [InlineData("walkk", "walk", true)]
    [InlineData("wak", "walk", true)]
    [InlineData("wolk", "walk", true)]
    [InlineData("wlka", "walk", false)]
    [InlineData("talks", "walk", false)]
    public void Within_one_edit_counts_inserts_deletes_substitutions_and_neighbour_swaps(string a, string b, bool expected)
    {
        Assert.Equal(expected, FuzzyTerms.WithinOneEdit(a, b));
        Assert.Equal(expected, FuzzyTerms.WithinOneEdit(b, a));
    }

    [Fact]
    public void Fuzzy_terms_find_the_indexed_words_one_typo_away_and_leave_short_words_alone()
    {
        var terms = new[] { "walk", "group", "befriend", "choir", "chair" };
        var fuzzy = new FuzzyTerms(terms);

        Assert.Equal(["walk"], fuzzy.Near("wlak").Select(i => terms[i]));
        Assert.Equal(["befriend"], fuzzy.Near("befreind").Select(i => terms[i]));
        Assert.Equal(["choir", "chair"], fuzzy.Near("chiir").Select(i => terms[i]).Order().Reverse());
        Assert.Empty(fuzzy.Near("grp"));
        Assert.Empty(fuzzy.Near("zzzzzz"));
    }

    [Fact]
    public void Weekly_hours_overlap_only_on_the_same_day_and_time()
    {
        var tuesdayMorning = WeeklyHours.Open([1], new TimeOnly(10, 0), new TimeOnly(11, 30));
        var thursdayEvening = WeeklyHours.Open([3], new TimeOnly(18, 0), new TimeOnly(20, 0));
        var group = tuesdayMorning.Union(thursdayEvening);

        Assert.True(group.Overlaps(WeeklyHours.Open([1], new TimeOnly(9, 0), new TimeOnly(12, 0))));
        Assert.True(group.Overlaps(WeeklyHours.Open([1], new TimeOnly(11, 15), new TimeOnly(13, 0))));
        Assert.False(group.Overlaps(WeeklyHours.Open([1], new TimeOnly(11, 30), new TimeOnly(13, 0))));
        Assert.False(group.Overlaps(WeeklyHours.Open([2], new TimeOnly(9, 0), new TimeOnly(12, 0))));
        Assert.True(group.Overlaps(WeeklyHours.Open([3], new TimeOnly(19, 45), new TimeOnly(23, 0))));
        Assert.True(group.IsOpen(1, new TimeOnly(10, 0)));
        Assert.False(group.IsOpen(1, new TimeOnly(11, 30)));
        Assert.True(WeeklyHours.None.IsEmpty);
        Assert.False(WeeklyHours.None.Overlaps(group));
    }

    [Fact]
    public void A_session_closing_at_midnight_or_past_it_runs_to_the_end_of_the_day()
    {
        var late = WeeklyHours.Open([4], new TimeOnly(22, 0), new TimeOnly(0, 0));

        Assert.True(late.IsOpen(4, new TimeOnly(23, 45)));
        Assert.False(late.IsOpen(4, new TimeOnly(21, 45)));
    }

    [Theory]
    [InlineData("TU", 1)]
    [InlineData("tu", 1)]
    [InlineData("Tuesday", 1)]
    [InlineData("tue", 1)]
    [InlineData("SU", 6)]
    [InlineData("1", 0)]
    [InlineData("Tuesdayish", -1)]
    [InlineData("XX", -1)]
    [InlineData("", -1)]
    public void Days_are_read_from_codes_names_and_numbers(string text, int expected) =>
        Assert.Equal(expected, WeeklyHours.DayIndex(text));
}
