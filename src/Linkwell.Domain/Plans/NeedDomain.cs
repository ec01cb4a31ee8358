namespace Linkwell.Domain.Plans;

/// <summary>
/// One area of life a person may want help with ("Money, debt and benefits"). The "what matters" conversation
/// records needs by domain, the plan's goals hang off them, and suggestions map them to directory taxonomy
/// terms. The key is stable and never shown; a scheme may relabel, hide or add domains.
/// </summary>
public sealed record NeedDomain(string Key, string Label);

/// <summary>The need domains every scheme starts with.</summary>
public static class NeedDomains
{
    /// <summary>
    /// Seeded list, in the order the conversation asks. Keys that match <c>Referrals.NeedCategory</c> names on
    /// purpose, so a referral's reason and a need share one directory taxonomy term.
    /// </summary>
    public static readonly IReadOnlyList<NeedDomain> Standard =
    [
        new("Loneliness", "Social connection and loneliness"),
        new("MentalWellbeing", "Mental wellbeing"),
        new("PhysicalActivity", "Physical activity"),
        new("HealthyEating", "Healthy eating"),
        new("Money", "Money, debt and benefits"),
        new("Housing", "Housing"),
        new("Employment", "Work, learning and volunteering"),
        new("Carers", "Caring responsibilities"),
        new("FamilyAndParenting", "Family and parenting"),
        new("LegalAndImmigration", "Legal and immigration"),
        new("ArtsAndCreativity", "Arts and creativity"),
        new("NatureAndGreenSpace", "Nature and green space"),
        new("LongTermCondition", "Living with a long-term condition"),
        new("DigitalSkills", "Digital skills"),
        new("Transport", "Transport"),
        new("AlcoholAndSubstances", "Alcohol and substances"),
    ];
}
