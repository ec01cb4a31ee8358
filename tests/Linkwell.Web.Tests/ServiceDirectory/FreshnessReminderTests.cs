using Linkwell.Web.Features.Directory.Owners;
using Linkwell.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Linkwell.Web.Tests.ServiceDirectory;

/// <summary>The daily job e-mails owners of stale listings at most once a month, run here with a clock of the test's own.</summary>
public sealed class FreshnessReminderTests(OwnersApp app) : IClassFixture<OwnersApp>
{
    [Fact]
    public async Task Owners_of_listings_not_confirmed_for_six_months_are_emailed_once_and_not_again_the_next_day()
    {
        var organization = await app.NewOrganizationAsync(OwnersApp.Today.AddMonths(-7), OwnersApp.Today.AddMonths(-1));
        var reminders = app.Services.GetRequiredService<FreshnessReminders>();
        var now = DateTimeOffset.UtcNow;

        await reminders.RunAsync(new FixedClock(now), default);
        var mail = await app.Smtp.WaitForAsync(m => m.Recipients.Contains(organization.OwnerEmail), LinkwellApp.Patience);
        await reminders.RunAsync(new FixedClock(now.AddDays(1)), default);

        Assert.Contains("Walking group", mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"last confirmed {UkTime.FormatDate(OwnersApp.Today.AddMonths(-7))}", mail.Body, StringComparison.Ordinal);
        Assert.Contains("/Directory/Mine", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("-2 (", mail.Body, StringComparison.Ordinal);
        Assert.Single(await app.OutboxSubjectsToAsync(organization.OwnerEmail));
    }

    [Fact]
    public async Task A_month_later_the_owner_is_reminded_again_and_a_confirmed_listing_is_not_mentioned()
    {
        var organization = await app.NewOrganizationAsync(OwnersApp.Today.AddMonths(-8), OwnersApp.Today.AddMonths(-9));
        var reminders = app.Services.GetRequiredService<FreshnessReminders>();
        var now = DateTimeOffset.UtcNow;
        await reminders.RunAsync(new FixedClock(now), default);
        using (var owner = await PageSession.SignInAsync(app, organization.OwnerEmail))
        {
            var page = await owner.GetAsync("/Directory/Mine");
            using var confirmed = await owner.SubmitAsync(page, $"form[data-service='{organization.Services[1]}'][data-action='confirm']", []);
        }

        await reminders.RunAsync(new FixedClock(now.AddDays(32)), default);

        var subjects = await app.OutboxSubjectsToAsync(organization.OwnerEmail);
        Assert.Equal(["Are your 2 listings still correct?", $"Is your listing still correct? {organization.Name.Replace("Community Trust", "Walking group", StringComparison.Ordinal)}-1"], subjects);
    }

    [Fact]
    public async Task Nobody_is_emailed_about_fresh_listings()
    {
        var organization = await app.NewOrganizationAsync(OwnersApp.Today.AddMonths(-5));

        await app.Services.GetRequiredService<FreshnessReminders>().RunAsync(new FixedClock(DateTimeOffset.UtcNow), default);

        Assert.Empty(await app.OutboxSubjectsToAsync(organization.OwnerEmail));
    }

    [Fact]
    public void The_daily_run_is_at_seven_in_the_morning_uk_time()
    {
        var summer = new FixedClock(new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.Zero));
        var winterEvening = new FixedClock(new DateTimeOffset(2026, 12, 1, 19, 0, 0, TimeSpan.Zero));

        Assert.Equal(TimeSpan.FromHours(1), FreshnessSchedule.UntilNext(summer));
        Assert.Equal(TimeSpan.FromHours(12), FreshnessSchedule.UntilNext(winterEvening));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
