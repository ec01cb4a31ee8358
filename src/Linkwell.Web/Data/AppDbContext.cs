using Linkwell.Domain.People;
using Linkwell.Domain.Referrals;
using Linkwell.Domain.Schemes;
using Linkwell.Domain.Shared;
using Linkwell.Web.Auth;
using Linkwell.Web.Features.Geography;
using Linkwell.Web.Infrastructure.Audit;
using Linkwell.Web.Features.Referrals;
using Linkwell.Web.Infrastructure.Email;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Linkwell.Web.Data;

/// <summary>
/// The one model. Provider subclasses (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>)
/// exist only so each owns its own migration set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, SchemeScope scope) : IdentityDbContext<LinkwellUser>(options)
{
    public DbSet<Scheme> Schemes => Set<Scheme>();

    public DbSet<GpPractice> Practices => Set<GpPractice>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<PostcodeLocation> PostcodeLocations => Set<PostcodeLocation>();

    public DbSet<PostcodeDistrict> PostcodeDistricts => Set<PostcodeDistrict>();

    public SchemeScope Scope => scope;

    // Read by the query filters on every query (EF parameterises members of the context).
    private bool Unrestricted => scope.Unrestricted;

    private Guid? CurrentSchemeId => scope.SchemeId;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        builder.Entity<Person>().HasQueryFilter(p => Unrestricted || p.SchemeId == CurrentSchemeId);
        builder.Entity<Referral>().HasQueryFilter(r => Unrestricted || r.SchemeId == CurrentSchemeId);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in SQL and reports, and safe when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Tells EF which version the editor saw, so the save fails with a concurrency conflict when someone
    /// else changed the record in between.
    /// </summary>
    public void ExpectVersion<T>(T entity, Guid seenVersion)
        where T : class, IVersioned =>
        Entry(entity).Property(e => e.Version).OriginalValue = seenVersion;

    // The audit trail is append-only for the application.
    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries cannot be changed or deleted.");
        }
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, SchemeScope scope) : AppDbContext(options, scope);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options, SchemeScope scope) : AppDbContext(options, scope);
