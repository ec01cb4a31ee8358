namespace Linkwell.Domain.People;

/// <summary>Sex as the PRSB standard records it (administrative sex).</summary>
public enum Sex
{
    NotKnown,
    Female,
    Male,
    Indeterminate,
    NotStated,
}

/// <summary>How the person would like to be contacted.</summary>
public enum ContactPreference
{
    Phone,
    TextMessage,
    Email,
    Letter,
}
