namespace Linkwell.Web.Auth;

/// <summary>
/// Which scheme's personal records this unit of work may touch. The database context filters every
/// scheme-scoped query by it, so another scheme's record is simply not found (never "forbidden", which
/// would confirm it exists). Background work and the CLI widen it explicitly.
/// </summary>
public sealed class SchemeScope(IHttpContextAccessor accessor)
{
    private Guid? _fixedSchemeId;

    public bool Unrestricted { get; private set; }

    public Guid? SchemeId => _fixedSchemeId ?? accessor.HttpContext?.User.SchemeId();

    /// <summary>For system work that spans schemes (seeding, the outbox, migrations). Never for a request.</summary>
    public void Widen() => Unrestricted = true;

    /// <summary>For system work on behalf of one scheme.</summary>
    public void Fix(Guid schemeId) => _fixedSchemeId = schemeId;
}
