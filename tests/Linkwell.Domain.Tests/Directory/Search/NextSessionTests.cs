using Linkwell.Domain.Directory.Oruk;
using Linkwell.Domain.Directory.Search;

namespace Linkwell.Domain.Tests.Directory.Search;

/// <summary>When a service runs next, from ORUK schedules, counted in UK wall-clock time.</summary>
public sealed class NextSessionTests
{
    // Monday 23 November 2026, 09:00 in Leeds.
    private static readonly DateTime MondayMorning = new(2026, 11, 23, 9, 0, 0);

    [Fact]
    public void A_weekly_session_is_next_on_its_day()
    {
        var next = NextSession.Find([Weekly("TU", "10:00", "11:30")], MondayMorning);

        Assert.Equal(new Session(new(2026, 11, 24), new(10, 0), new(11, 30)), next);
    }

    [Fact]
    public void Todays_session_counts_until_it_ends_and_then_it_is_next_week()
    {
        var schedule = Weekly("MO", "08:30", "10:00");

        Assert.Equal(new DateOnly(2026, 11, 23), NextSession.Find([schedule], MondayMorning)!.Date);
        Assert.Equal(new DateOnly(2026, 11, 30), NextSession.Find([schedule], MondayMorning.AddHours(1))!.Date);
    }

    [Fact]
    public void The_earliest_of_several_schedules_and_days_wins()
    {
        var next = NextSession.Find([Weekly("FR", "10:00", "12:00"), Weekly("TH,WE", "14:00", "15:00"), Weekly("WE", "09:30", "10:30")], MondayMorning);

        Assert.Equal(new Session(new(2026, 11, 25), new(9, 30), new(10, 30)), next);
    }

    [Theory]
    [InlineData("1TU", "2026-12-01")]
    [InlineData("2WE", "2026-12-09")]
    [InlineData("-1FR", "2026-11-27")]
    [InlineData("-1MO", "2026-11-30")]
    [InlineData("4MO", "2026-11-23")]
    public void A_monthly_session_falls_on_that_weekday_of_the_month(string byDay, string expected)
    {
        var schedule = Weekly(byDay, "10:00", "12:00");
        schedule.Freq = OrukCodes.Monthly;

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NextSession.Find([schedule], MondayMorning)!.Date);
    }

    [Fact]
    public void A_monthly_session_on_a_day_of_the_month_counts_from_the_end_when_negative()
    {
        var fifteenth = new OrukSchedule { Id = "s", Freq = OrukCodes.Monthly, ByMonthDay = "15", OpensAt = new(18, 0) };
        var lastDay = new OrukSchedule { Id = "s", Freq = OrukCodes.Monthly, ByMonthDay = "-1", OpensAt = new(18, 0) };

        Assert.Equal(new DateOnly(2026, 12, 15), NextSession.Find([fifteenth], MondayMorning)!.Date);
        Assert.Equal(new DateOnly(2026, 11, 30), NextSession.Find([lastDay], MondayMorning)!.Date);
    }

    [Fact]
    public void Valid_from_and_valid_to_bound_the_sessions()
    {
        var later = Weekly("TU", "10:00", "11:00");
        later.ValidFrom = new(2027, 1, 1);
        var ended = Weekly("TU", "10:00", "11:00");
        ended.ValidTo = new(2026, 11, 1);

        Assert.Equal(new DateOnly(2027, 1, 5), NextSession.Find([later], MondayMorning)!.Date);
        Assert.Null(NextSession.Find([ended], MondayMorning));
    }

    [Fact]
    public void Every_other_week_counts_from_the_start_date()
    {
        var fortnightly = Weekly("TU", "10:00", "11:00");
        fortnightly.Interval = 2;
        fortnightly.DtStart = new(2026, 11, 17);

        Assert.Equal(new DateOnly(2026, 12, 1), NextSession.Find([fortnightly], MondayMorning)!.Date);
    }

    [Fact]
    public void Until_ends_a_rule_and_a_schedule_without_a_rule_is_a_one_off_on_its_start_date()
    {
        var until = Weekly("TU", "10:00", "11:00");
        until.Until = "2026-11-20";
        var oneOff = new OrukSchedule { Id = "s", DtStart = new(2026, 12, 5), OpensAt = new(14, 0), ClosesAt = new(16, 0) };

        Assert.Null(NextSession.Find([until], MondayMorning));
        Assert.Equal(new Session(new(2026, 12, 5), new(14, 0), new(16, 0)), NextSession.Find([oneOff], MondayMorning));
    }

    [Fact]
    public void No_schedule_or_no_days_means_no_next_session()
    {
        Assert.Null(NextSession.Find([], MondayMorning));
        Assert.Null(NextSession.Find([new OrukSchedule { Id = "s", Freq = OrukCodes.Weekly, OpensAt = new(10, 0) }], MondayMorning));
    }

    private static OrukSchedule Weekly(string byDay, string opens, string closes) => new()
    {
        Id = "schedule",
        Freq = OrukCodes.Weekly,
        ByDay = byDay,
        OpensAt = TimeOnly.Parse(opens, System.Globalization.CultureInfo.InvariantCulture),
        ClosesAt = TimeOnly.Parse(closes, System.Globalization.CultureInfo.InvariantCulture),
    };
}
