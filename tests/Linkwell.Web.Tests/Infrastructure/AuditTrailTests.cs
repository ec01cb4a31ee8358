using Linkwell.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Tests.Infrastructure;

/// <summary>Reading and creating referrals is audited in an unbroken hash chain that the app cannot rewrite.</summary>
public sealed class AuditTrailTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Creating_and_reading_a_referral_leaves_create_and_read_entries_in_an_unbroken_chain()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());
        using var read = await http.GetReferralAsync(id);
        read.EnsureSuccessStatusCode();

        var entries = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordType == "Referral" && e.RecordId == id.ToString()).OrderBy(e => e.Id).ToListAsync());

        Assert.Collection(
            entries,
            create => Assert.Equal((AuditAction.Create, AuditOutcome.Success), (create.Action, create.Outcome)),
            reading => Assert.Equal((AuditAction.Read, AuditOutcome.Success), (reading.Action, reading.Outcome)));
        Assert.All(entries, e => Assert.Equal($"client:{scheme.ClientId}", e.ActorId));
        Assert.All(entries, e => Assert.Equal(scheme.Id, e.SchemeId));
        Assert.Null(await app.WithDbAsync(db => AuditLog.FindBreakAsync(db)));
    }

    [Fact]
    public async Task A_refused_read_of_another_schemes_referral_is_audited_as_not_found()
    {
        var ours = await app.NewSchemeAsync();
        var theirs = await app.NewSchemeAsync();
        using var ourApi = await ours.ApiAsync();
        using var theirApi = await theirs.ApiAsync();
        var (id, _) = await ourApi.CreateReferralAsync(ours.ValidReferral());

        using var response = await theirApi.GetReferralAsync(id);

        var entry = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.RecordType == "Referral" && e.RecordId == id.ToString() && e.Action == AuditAction.Read));
        Assert.Equal(AuditOutcome.NotFound, entry.Outcome);
        Assert.Equal($"client:{theirs.ClientId}", entry.ActorId);
    }

    [Fact]
    public async Task The_application_refuses_to_change_or_delete_an_audit_entry()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());

        await using var scope = app.WideScope(out var db);
        var entry = await db.AuditEntries.FirstAsync(e => e.RecordId == id.ToString());
        db.Entry(entry).Property(e => e.Detail).CurrentValue = "rewritten";

        var change = await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Contains("Audit entries cannot be changed", change.Message, StringComparison.Ordinal);

        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.FirstAsync(e => e.RecordId == id.ToString()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
    }

    [Theory]
    [InlineData("UPDATE \"AuditEntries\" SET \"Detail\" = 'rewritten'")]
    [InlineData("DELETE FROM \"AuditEntries\"")]
    public async Task The_database_itself_refuses_to_change_or_remove_audit_entries(string sql)
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        await http.CreateReferralAsync(scheme.ValidReferral());
        var before = await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Detail != "rewritten"));

        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql)));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Detail != "rewritten")));
    }
}

/// <summary>Its own host: tampering breaks the chain for good.</summary>
public sealed class AuditTamperingTests(LinkwellApp app) : IClassFixture<LinkwellApp>
{
    [Fact]
    public async Task Editing_an_entry_with_raw_sql_makes_find_break_return_that_entry()
    {
        var scheme = await app.NewSchemeAsync();
        using var http = await scheme.ApiAsync();
        var (id, _) = await http.CreateReferralAsync(scheme.ValidReferral());
        (await http.GetReferralAsync(id)).Dispose();
        Assert.Null(await app.WithDbAsync(db => AuditLog.FindBreakAsync(db)));
        var target = await app.WithDbAsync(db => db.AuditEntries
            .Where(e => e.RecordId == id.ToString() && e.Action == AuditAction.Create).Select(e => e.Id).SingleAsync());

        // Someone with the rights to change the schema gets past the triggers; the chain still tells.
        var changed = await app.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(app.OnPostgres
                ? "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER \"AuditEntries_no_change\""
                : "DROP TRIGGER \"AuditEntries_no_update\"");
            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'x' WHERE \"Id\" = {0}", target);
        });

        Assert.Equal(1, changed);
        Assert.Equal(target, await app.WithDbAsync(db => AuditLog.FindBreakAsync(db)));
    }
}
