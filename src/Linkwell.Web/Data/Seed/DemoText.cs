using Linkwell.Domain.Referrals;

namespace Linkwell.Web.Data.Seed;

/// <summary>The words of the demo: names, Leeds streets, and what link workers write. All invented.</summary>
internal static class DemoText
{
    public static readonly string[] FemaleNames =
    [
        "Margaret", "Susan", "Aisha", "Fatima", "Joan", "Emily", "Chloe", "Zainab", "Patricia", "Grace",
        "Niamh", "Sandra", "Olivia", "Priya", "Agnieszka", "Chipo", "Irene", "Hannah", "Shabana", "Dorothy",
    ];

    public static readonly string[] MaleNames =
    [
        "David", "John", "Mohammed", "Imran", "Peter", "Daniel", "Tomasz", "Kwame", "George", "Liam",
        "Arthur", "Ravi", "Michael", "Sean", "Ahmed", "Brian", "Callum", "Winston", "Harry", "Yusuf",
    ];

    public static readonly string[] FamilyNames =
    [
        "Smith", "Khan", "Hussain", "Walker", "Wood", "O'Neil", "Thompson", "Ali", "Kowalski", "Robinson",
        "Ahmed", "Wright", "Clarke", "Mensah", "Patel", "Brown", "Taylor", "Begum", "Murphy", "Green",
        "Campbell", "Akhtar", "Lewis", "Nowak", "Okoro", "Jackson", "Shaw", "Iqbal", "Harrison", "Moyo",
    ];

    public static readonly string[] Districts = ["LS1", "LS2", "LS6", "LS7"];

    public static readonly Dictionary<string, string[]> Streets = new()
    {
        ["LS1"] = ["Park Square East", "Wellington Street", "Boar Lane", "Great George Street"],
        ["LS2"] = ["Woodhouse Lane", "Blenheim Terrace", "Claremont Avenue", "Lovell Park Road"],
        ["LS6"] = ["Cardigan Road", "Headingley Lane", "Brudenell Road", "Victoria Road"],
        ["LS7"] = ["Chapeltown Road", "Harehills Avenue", "Leopold Street", "Potternewton Lane"],
    };

    /// <summary>NHS ethnic category codes; null is "not stated".</summary>
    public static readonly string?[] EthnicCategories = ["A", "A", "A", "A", "B", "C", "D", "H", "J", "J", "K", "M", "N", "R", "S", "Z", null];

    public static readonly string[] CommunicationNeeds =
    [
        "Needs an interpreter: Urdu.",
        "Hard of hearing: prefers text messages to calls.",
        "Large print letters, please.",
        "Needs an interpreter: Polish.",
    ];

    private static readonly string[] OtherReferrers =
    [
        "Nurse Claire Dobson|Practice nurse|Woodhouse Health Centre",
        "Dr Martin Reid|GP|Hyde Park Surgery",
        "Joanne Pickles|Care coordinator|Chapeltown Family Practice",
        "Femi Adebayo|Social worker|Leeds City Council Adult Social Care",
        "Rachel Moore|Discharge coordinator|St James's University Hospital",
        "Karen Lister|Work coach|Leeds City Jobcentre",
    ];

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Inward-code letters never include C, I, K, M, O or V.</summary>
    public static char PostcodeLetter(Random random) => "ABDEFGHJLNPQRSTUWXYZ"[random.Next(20)];

    public static Referrer OtherReferrer(Random random)
    {
        var parts = Pick(random, OtherReferrers).Split('|');
        var login = string.Concat(parts[0].Split(' ')[^2..]).ToLowerInvariant();
        return new Referrer { Name = parts[0], Role = parts[1], Organisation = parts[2], Email = $"{login}@{DemoData.EmailDomain}" };
    }

    public static string Reason(Random random, NeedCategory need) => need switch
    {
        NeedCategory.Loneliness => Pick(random, ["Lives alone since their partner died and says they can go days without talking to anyone.", "Has moved to Leeds recently and knows nobody nearby. Would like to meet people."]),
        NeedCategory.MentalWellbeing => Pick(random, ["Low mood for several months. Does not want medication and would like to try other support first.", "Anxious about leaving the house since a fall. Keen to build confidence."]),
        NeedCategory.Money => Pick(random, ["Worried about debts and the cost of heating. Not sure what benefits they could claim.", "Struggling since their hours at work were cut. Needs help with a Universal Credit claim."]),
        NeedCategory.Housing => Pick(random, ["Damp in the flat is affecting their breathing. The landlord has not responded.", "Facing eviction at the end of the month and does not know where to turn."]),
        NeedCategory.Employment => Pick(random, ["Out of work for two years after an injury. Would like to get back into volunteering or work.", "Wants to retrain but has no confidence with computers."]),
        NeedCategory.PhysicalActivity => Pick(random, ["Type 2 diabetes and would like to be more active, ideally with other people.", "Recovering after knee surgery and wants a gentle exercise group."]),
        NeedCategory.Carers => Pick(random, ["Cares full time for their husband, who has dementia. Exhausted and has had no break for a year.", "Looks after a disabled son and has no time for themselves."]),
        NeedCategory.LongTermCondition => Pick(random, ["COPD limits what they can do. Would like to find things they can still enjoy.", "Chronic pain for years. Keen to hear about a pain support group."]),
        NeedCategory.Bereavement => Pick(random, ["Their wife died six months ago. Finding evenings and weekends very hard.", "Lost their mother recently and has stopped going out."]),
        NeedCategory.Other => "Would benefit from a conversation about what matters to them.",
    };

    /// <summary>One everyday risk, and now and then a safeguarding concern as well.</summary>
    public static List<Risk> Risks(Random random)
    {
        Risk[] everyday =
        [
            new() { Description = "Lives alone with a history of falls." },
            new() { Description = "Large dog at the property.", Comment = "Ask for it to be shut away before a home visit." },
            new() { Description = "Occasional verbal aggression when drinking." },
        ];
        Risk[] safeguarding =
        [
            new() { Description = "Possible financial abuse by a family member.", Comment = "Adult social care informed.", IsSafeguarding = true },
            new() { Description = "Has spoken about self-harm in the past.", Comment = "GP aware; crisis plan in place.", IsSafeguarding = true },
            new() { Description = "Signs of self-neglect: the home is very cold and there is little food.", IsSafeguarding = true },
        ];
        List<Risk> risks = [Pick(random, everyday)];
        if (random.Next(3) == 0)
        {
            risks.Add(Pick(random, safeguarding));
        }

        return risks;
    }

    public static string DeclineNote(DeclineReason reason) => reason switch
    {
        DeclineReason.PersonDeclined => "Spoke on the phone: they would rather not have support at the moment and know how to refer themselves later.",
        DeclineReason.NotEligible => "Lives outside the areas the PCN covers. Passed details of their local scheme to the referrer.",
        DeclineReason.WrongService => "Needs specialist mental health support first. Advised the GP to refer to the community mental health team.",
        DeclineReason.UnableToContact => "Three calls at different times of day and a letter, with no reply.",
    };

    public static string CloseSummary(CloseReason reason) => reason switch
    {
        CloseReason.GoalsMet => "Going to the community group every week and feels much less isolated. Knows how to get back in touch.",
        CloseReason.PersonDisengaged => "Decided they did not want to continue for now. Happy to be referred again in future.",
        CloseReason.UnableToContact => "No reply to calls or a letter since the referral was accepted.",
        CloseReason.ReferredElsewhere => "Referred to Citizens Advice Leeds for specialist debt advice.",
        CloseReason.MovedAway => "Moved to live with family in Bradford. Gave them the details of the scheme there.",
        CloseReason.Died => "The person has died. Condolences sent to the family.",
        CloseReason.Other => "Now supported by the integrated care team, who will pick up the social needs too.",
    };

    public static string ReopenNote(Random random) => Pick(random,
    [
        "Got back in touch: feeling isolated again since the group stopped for the summer.",
        "The GP asked us to pick things up again after a hospital stay.",
        "Called the office asking for help with a new benefits letter.",
    ]);

    public static ContactRecord Contact(Random random, DateTime at, bool first)
    {
        var method = first ? Pick(random, [ContactMethod.Phone, ContactMethod.FaceToFace, ContactMethod.HomeVisit]) : Pick(random, Enum.GetValues<ContactMethod>());
        var (notes, outcome) = first
            ? ("First conversation about what matters to them. Talked through their week and what they would like to change.", "Agreed a plan: try one local group and look at benefits together.")
            : Pick(random,
            [
                ("Went with them to the walking group at Woodhouse Moor. They enjoyed it.", "Will go again next week on their own."),
                ("Filled in the Attendance Allowance form together.", "Form posted; will follow up in 3 weeks."),
                ("Talked about how the last fortnight went. Mood is better.", "Keep going to the lunch club."),
                ("Introduced them to the volunteer coordinator at the community garden.", "Starting as a volunteer on Thursdays."),
                ("Phoned the landlord together about the damp.", "Repair booked; check it happened."),
            ]);
        return new ContactRecord(at, method, method == ContactMethod.Phone ? random.Next(10, 31) : random.Next(30, 91), notes, outcome, Succeeded: true);
    }
}
