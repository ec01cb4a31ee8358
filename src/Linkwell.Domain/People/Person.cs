using Linkwell.Domain.Shared;

namespace Linkwell.Domain.People;

/// <summary>
/// Someone referred to social prescribing, shaped on the PRSB "Person demographics" section.
/// A person belongs to one scheme; the same human referred to two schemes is two records.
/// </summary>
public sealed class Person : ISchemeScoped, IVersioned
{
    private Person()
    {
    }

    public Guid Id { get; private set; }

    public Guid SchemeId { get; private set; }

    public Guid Version { get; private set; }

    public PersonDetails Details { get; private set; } = null!;

    /// <summary>Set when intake found another person who may be the same human; the link worker decides.</summary>
    public Guid? PossibleDuplicateOfId { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>Family name, date of birth and postcode folded together: an indexed key that narrows duplicate checks.</summary>
    public string MatchKey { get; private set; } = string.Empty;

    /// <summary>Copied from the details so the database can index it.</summary>
    public string? NhsNumber { get; private set; }

    public string DisplayName => Details.DisplayName;

    public static Person Register(Guid schemeId, PersonDetails details, DateTime nowUtc) => new()
    {
        Id = Guid.NewGuid(),
        SchemeId = schemeId,
        Version = Guid.NewGuid(),
        Details = details,
        MatchKey = DuplicateMatcher.KeyOf(details),
        NhsNumber = details.NhsNumber,
        CreatedUtc = Guard.Utc(nowUtc),
    };

    public void UpdateDetails(PersonDetails details)
    {
        Details = details;
        MatchKey = DuplicateMatcher.KeyOf(details);
        NhsNumber = details.NhsNumber;
        Version = Guid.NewGuid();
    }

    public void FlagPossibleDuplicate(Guid otherPersonId)
    {
        PossibleDuplicateOfId = otherPersonId == Id ? throw new DomainException("A person cannot duplicate themselves.") : otherPersonId;
        Version = Guid.NewGuid();
    }

    public void ConfirmNotDuplicate()
    {
        PossibleDuplicateOfId = null;
        Version = Guid.NewGuid();
    }
}

/// <summary>Demographics and contact details, replaced whole when edited.</summary>
public sealed record PersonDetails
{
    public required string GivenName { get; init; }

    public required string FamilyName { get; init; }

    public string? PreferredName { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    /// <summary>Ten digits, already validated; optional because not everyone knows theirs.</summary>
    public string? NhsNumber { get; init; }

    public Sex Sex { get; init; }

    public string? Gender { get; init; }

    /// <summary>NHS ethnic category code (A–Z), or null when not stated.</summary>
    public string? EthnicCategory { get; init; }

    public string? AddressLine1 { get; init; }

    public string? AddressLine2 { get; init; }

    public string? Town { get; init; }

    /// <summary>Normalised, e.g. "LS1 4AP".</summary>
    public required string Postcode { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public ContactPreference PreferredContactMethod { get; init; }

    public string? CommunicationNeeds { get; init; }

    public string DisplayName => $"{PreferredName ?? GivenName} {FamilyName}";
}
