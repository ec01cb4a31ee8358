namespace Linkwell.Domain.Shared;

/// <summary>A personal record. It belongs to exactly one scheme, and only that scheme's users see it.</summary>
public interface ISchemeScoped
{
    Guid SchemeId { get; }
}
