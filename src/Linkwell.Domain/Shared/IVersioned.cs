namespace Linkwell.Domain.Shared;

/// <summary>
/// An aggregate a person can edit. <see cref="Version"/> is an app-managed optimistic concurrency token
/// (SQLite has no database-generated one). Every state-changing verb renews it, and the database
/// refuses a save whose original version is no longer current.
/// </summary>
public interface IVersioned
{
    Guid Version { get; }
}
