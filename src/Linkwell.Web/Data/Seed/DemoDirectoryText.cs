using Linkwell.Domain.Referrals;

namespace Linkwell.Web.Data.Seed;

/// <summary>An organization of the demo directory. Every name, number and address is invented.</summary>
internal sealed record DemoOrganization(string Key, string Name, string Description, string Contact);

/// <summary>
/// A kind of service an organization runs in several places: "{Area}" in its name and venue becomes the
/// district's area. <see cref="Places"/> pairs a district with when it runs there: "TU 10:00-11:30",
/// "MO,TH 12:00-14:00", monthly "1TU 10:00-12:00" or "-1FR 14:00-16:00", or "" for by arrangement.
/// </summary>
internal sealed record DemoProgramme(
    string Organization,
    string Name,
    NeedCategory[] Needs,
    string Description,
    string Cost,
    (string District, string When)[] Places,
    string Venue = "{Area} Community Centre",
    int? MinimumAge = null,
    int? MaximumAge = null,
    string[]? Languages = null,
    string[]? Access = null);

/// <summary>The demo directory's words: about forty Leeds organizations and what they run. All invented.</summary>
internal static class DemoDirectoryText
{
    /// <summary>The area a district is known by, as local people would name it.</summary>
    public static readonly Dictionary<string, string> Areas = new()
    {
        ["LS1"] = "City Centre", ["LS2"] = "Woodhouse", ["LS3"] = "Burley", ["LS4"] = "Kirkstall", ["LS5"] = "Hawksworth",
        ["LS6"] = "Headingley", ["LS7"] = "Chapeltown", ["LS8"] = "Roundhay", ["LS9"] = "Richmond Hill", ["LS10"] = "Middleton",
        ["LS11"] = "Beeston", ["LS12"] = "Armley", ["LS13"] = "Bramley", ["LS14"] = "Seacroft", ["LS15"] = "Cross Gates",
        ["LS16"] = "Adel", ["LS17"] = "Moortown", ["LS18"] = "Horsforth", ["LS19"] = "Yeadon", ["LS20"] = "Guiseley",
        ["LS21"] = "Otley", ["LS22"] = "Wetherby", ["LS23"] = "Boston Spa", ["LS24"] = "Tadcaster", ["LS25"] = "Garforth",
        ["LS26"] = "Rothwell", ["LS27"] = "Morley", ["LS28"] = "Pudsey", ["LS29"] = "Ilkley",
    };

    public static readonly string[] ContactNames =
    [
        "Jo Whitaker", "Bilal Rashid", "Ewa Zielinska", "Marcus Grant", "Siobhan Kelly", "Tariq Mahmood", "Lucy Fairbairn",
        "Dev Mistry", "Annie Holroyd", "Kofi Boateng", "Rachel Sugden", "Nasreen Akram",
    ];

    public static readonly string[] AccessChoices =
    [
        "Step-free access", "Wheelchair accessible toilet", "Hearing loop", "Parking for blue badge holders", "Seating available throughout",
    ];

    public static readonly DemoOrganization[] Organizations =
    [
        new("walks", "Leeds Health Walks", "Free, friendly walks led by trained volunteers across Leeds.", "Walk coordinator"),
        new("sport", "Leeds Walking Football", "Football at walking pace for people over 50.", "Club secretary"),
        new("nordic", "Active Leeds Communities", "Gentle exercise in parks and community venues.", "Activity leader"),
        new("sing", "Sing Leeds", "Community choirs anyone can join: no auditions, no need to read music.", "Choir leader"),
        new("money", "Leeds Money Advice Network", "Free, confidential advice on debt, benefits and budgeting.", "Adviser"),
        new("advice", "Advice Leeds", "Advice by phone for people who cannot get to a drop-in.", "Helpline manager"),
        new("gn-north", "Good Neighbours Leeds North", "Volunteers who keep older neighbours company.", "Befriending coordinator"),
        new("gn-east", "Good Neighbours Leeds East", "Friendship and practical help for older people in east Leeds.", "Befriending coordinator"),
        new("food-nw", "Leeds North and West Foodbank", "Emergency food for people in crisis, and a warm welcome.", "Foodbank manager"),
        new("food-se", "Leeds South and East Foodbank", "Food parcels, fuel vouchers and signposting to advice.", "Foodbank manager"),
        new("sheds", "Leeds Men's Sheds", "Workshops where people meet, make and mend things together.", "Shed coordinator"),
        new("art", "Art in Mind Leeds", "Creative sessions for wellbeing, led by artists.", "Artist facilitator"),
        new("volunteer", "Leeds Volunteer Hub", "Helps people find volunteering that suits them.", "Volunteer adviser"),
        new("carers", "Leeds Carers Network", "Support, breaks and company for unpaid carers.", "Carers support worker"),
        new("bereavement", "Bereavement Support Leeds", "A place to talk about loss with people who understand.", "Support coordinator"),
        new("housing", "Leeds Housing Advice", "Independent advice on renting, repairs, damp and homelessness.", "Housing adviser"),
        new("jobs", "Leeds Jobs Club", "Help with CVs, applications and interviews.", "Employment coach"),
        new("online", "Get Online Leeds", "Friendly help with phones, tablets and computers.", "Digital champion"),
        new("breathe", "Breathe Easy Leeds", "Support groups for people living with a lung condition.", "Group organiser"),
        new("pain", "Leeds Pain Support Group", "Peer support for people living with chronic pain.", "Peer supporter"),
        new("diabetes", "Diabetes Together Leeds", "Peer support and practical tips for living with diabetes.", "Group organiser"),
        new("stroke", "Leeds Stroke Club", "Company and activities for people after a stroke.", "Club coordinator"),
        new("wellbeing", "Wellbeing Leeds", "Peer support groups for anxiety, stress and low mood.", "Peer support worker"),
        new("garden", "Hyde Park Community Garden", "A community garden where anyone can grow food and make friends.", "Volunteer coordinator"),
        new("move", "Move More Leeds", "Gentle, seated and low-impact exercise classes.", "Instructor"),
        new("lunch", "Leeds Older People's Lunch Clubs", "Hot lunches and good company for people over 60.", "Club organiser"),
        new("hub-beeston", "Beeston Community Hub", "A community centre for south Leeds, with services in Urdu and Punjabi.", "Hub manager"),
        new("polish", "Polish Community Leeds", "Support and social activities for Polish speakers.", "Community worker"),
        new("deaf", "Leeds Deaf Social Club", "Social activities run by and for Deaf people, in BSL.", "Club secretary"),
        new("libraries", "Leeds Community Libraries", "Free activities in libraries across Leeds.", "Library officer"),
        new("dance", "Dance Leeds", "Dance classes for every age and ability.", "Dance artist"),
        new("cycle", "Cycle Leeds", "Cycling for adults: learn to ride, or ride with others.", "Cycling instructor"),
        new("run", "Run Leeds Together", "Beginners' running groups, from walking to running 5km.", "Run leader"),
        new("cook", "Cook and Eat Leeds", "Learn to cook healthy meals on a budget, then eat together.", "Cookery tutor"),
        new("warm", "Leeds Warm Welcome", "Warm, free places to spend time in winter, with a hot drink.", "Coordinator"),
        new("women", "Chapeltown Women's Network", "A welcoming space for women to meet, learn and share.", "Project worker"),
        new("veterans", "Leeds Veterans' Breakfast Club", "Breakfast and company for ex-forces people and families.", "Organiser"),
        new("rainbow", "Leeds Rainbow Social", "Social events for LGBTQ+ people of every age.", "Volunteer organiser"),
        new("sight", "Leeds Sight Loss Support", "Support, equipment advice and social groups for people with sight loss.", "Support worker"),
        new("music", "Ukulele Leeds", "Play and sing together: instruments to borrow, beginners welcome.", "Music leader"),
    ];

    private const NeedCategory Activity = NeedCategory.PhysicalActivity;
    private const NeedCategory Lonely = NeedCategory.Loneliness;
    private const NeedCategory Mood = NeedCategory.MentalWellbeing;
    private const NeedCategory Money = NeedCategory.Money;
    private const NeedCategory Work = NeedCategory.Employment;
    private const NeedCategory Condition = NeedCategory.LongTermCondition;

    /// <summary>
    /// About 150 services. Tuesday-morning walks near the scheme's districts (LS1, LS2, LS6, LS7) are deliberately
    /// few: one in Woodhouse (<see cref="DemoDirectory.JourneyWalk"/>), and one in Meanwood nobody has confirmed for
    /// over a year; the others are far out (Otley, Wetherby, Ilkley).
    /// </summary>
    public static readonly DemoProgramme[] Programmes =
    [
        new("walks", "{Area} Health Walk", [Activity, Lonely], "A friendly walking group for all abilities: about an hour at an easy pace, led by a trained volunteer. Comfortable shoes are all you need; we stop for a chat on the way.", "free",
            [("LS8", "TH 10:00-11:00"), ("LS4", "WE 10:30-11:30"), ("LS12", "FR 10:00-11:00"), ("LS17", "MO 10:00-11:00"), ("LS18", "TU 14:00-15:00"), ("LS21", "TU 10:00-11:00"),
             ("LS22", "TU 10:30-11:30"), ("LS26", "TH 13:30-14:30"), ("LS27", "SA 10:00-11:00"), ("LS28", "WE 10:00-11:00"), ("LS29", "TU 09:30-11:00"), ("LS10", "TH 10:00-11:00"), ("LS15", "MO 13:00-14:00")],
            Venue: "{Area} Library (meet outside)"),
        new("walks", "{Area} Evening Stroll", [Activity, Lonely], "An after-work walk group for people who cannot make daytime walks. About 45 minutes on lit paths.", "free",
            [("LS7", "TU 18:00-18:45"), ("LS6", "TH 18:00-18:45")], Venue: "{Area} Community Centre (meet at the front door)"),
        new("sport", "Walking football at {Area}", [Activity, Lonely], "Football at walking pace for men and women over 50. No running, no tackling, no experience needed; a cup of tea afterwards.", "3",
            [("LS11", "FR 10:00-11:30"), ("LS13", "WE 14:00-15:30"), ("LS25", "MO 10:00-11:30")], Venue: "{Area} Leisure Centre", MinimumAge: 50),
        new("nordic", "Nordic walking in {Area}", [Activity], "Walking with poles for a full-body workout that is kind to joints. Poles provided; six-week beginners' course, then join the weekly walks.", "4",
            [("LS15", "SA 09:30-11:00"), ("LS16", "SU 10:00-11:30")], Venue: "{Area} Park (car park entrance)"),
        new("nordic", "Tai chi in the park, {Area}", [Activity, Mood], "Slow, flowing movements for balance and calm, outdoors when the weather allows and in the pavilion when it does not.", "free",
            [("LS6", "SA 09:00-10:00"), ("LS8", "WE 09:30-10:30")], Venue: "{Area} Park Pavilion"),
        new("sing", "{Area} Community Choir", [Mood, Lonely], "Sing pop, folk and gospel songs with a friendly crowd. No auditions and no need to read music: songs are taught by ear.", "3",
            [("LS6", "WE 19:00-20:30"), ("LS8", "MO 19:00-20:30"), ("LS11", "TH 18:30-20:00"), ("LS28", "TU 19:00-20:30")], Venue: "{Area} Methodist Church Hall"),
        new("sing", "Singing for better breathing, {Area}", [Condition, Mood], "Singing exercises that help people with COPD and other lung conditions control their breathing, led by a trained practitioner.", "free",
            [("LS9", "2TH 13:30-15:00"), ("LS27", "1WE 13:30-15:00")]),
        new("money", "Debt and benefits advice, {Area}", [Money], "Drop in for free, confidential help with debts, benefit claims, appeals and budgeting. Bring any letters you have.", "free",
            [("LS1", "MO 10:00-13:00"), ("LS7", "TU 13:00-16:00"), ("LS9", "WE 10:00-13:00"), ("LS11", "TH 10:00-13:00"), ("LS14", "FR 10:00-13:00"), ("LS6", "WE 13:30-16:00")],
            Languages: ["English", "Urdu"], Access: ["Step-free access", "Hearing loop"]),
        new("money", "Energy bills help, {Area}", [Money, NeedCategory.Housing], "One-to-one help to cut energy bills, apply for grants and deal with arrears with your supplier.", "free",
            [("LS12", "TU 13:00-15:00"), ("LS10", "MO 13:00-15:00")]),
        new("advice", "Benefits advice line", [Money], "Free benefits and debt advice by phone for people who cannot get to a drop-in. Call and leave a message; an adviser calls back within two working days.", "free",
            []),
        new("gn-north", "Telephone befriending, north Leeds", [Lonely, NeedCategory.Bereavement], "A weekly phone call from the same friendly volunteer, at a time that suits you.", "free", [], MinimumAge: 60),
        new("gn-north", "Home visiting befriending, {Area}", [Lonely], "A volunteer visits for an hour a week for a cup of tea and a chat, or to go out together.", "free",
            [("LS17", ""), ("LS16", ""), ("LS6", "")], MinimumAge: 60),
        new("gn-east", "{Area} friendship group", [Lonely], "Tea, cake, quizzes and good company every week. Transport can be arranged for people who cannot get there on their own.", "2",
            [("LS14", "TH 13:30-15:30"), ("LS15", "TU 13:30-15:30"), ("LS9", "FR 13:30-15:30")], MinimumAge: 55),
        new("food-nw", "{Area} food bank", [Money], "Emergency food parcels with a voucher from an adviser, GP or link worker. We can also refer you for help with bills and debts.", "free",
            [("LS6", "MO,TH 12:00-14:00"), ("LS4", "WE 12:00-14:00"), ("LS13", "TU 12:00-14:00"), ("LS16", "FR 12:00-14:00")], Venue: "{Area} Baptist Church"),
        new("food-se", "{Area} food bank", [Money], "Food parcels, toiletries and fuel vouchers with a referral voucher. Friendly volunteers and a hot drink while you wait.", "free",
            [("LS9", "TU,FR 11:00-13:00"), ("LS10", "MO 11:00-13:00"), ("LS11", "WE 11:00-13:00"), ("LS14", "TH 11:00-13:00")], Venue: "St Mary's Church Hall, {Area}"),
        new("sheds", "{Area} Men's Shed", [Lonely, Mood], "A workshop where people (mostly men, all welcome) make and mend things, share skills and have a brew. Tools and wood provided; donations welcome.", "free",
            [("LS12", "TU,TH 10:00-15:00"), ("LS18", "WE 10:00-15:00"), ("LS25", "MO,FR 10:00-14:00"), ("LS7", "SA 10:00-13:00")], Venue: "{Area} Men's Shed (behind the community centre)"),
        new("art", "Art for wellbeing, {Area}", [Mood], "Relaxed painting and drawing sessions for people with anxiety or low mood. All materials provided; no experience needed.", "4",
            [("LS2", "TH 13:30-15:30"), ("LS8", "TU 13:30-15:30"), ("LS27", "WE 10:00-12:00")]),
        new("art", "Pottery for beginners, {Area}", [Mood], "A six-week course in hand-building and the wheel. Small groups; clay and firing included.", "12",
            [("LS6", "MO 18:30-20:30")], Venue: "{Area} Arts Centre"),
        new("volunteer", "Volunteering drop-in, {Area}", [Work, Lonely], "Talk to an adviser about volunteering that fits your interests, health and time, and get help to start.", "free",
            [("LS1", "WE 10:00-13:00"), ("LS7", "FR 10:00-12:00"), ("LS11", "TU 13:00-15:00")], Venue: "{Area} Library"),
        new("volunteer", "Conservation volunteers, {Area}", [Work, Activity], "Outdoor practical work in parks and woods: planting, path-building and litter picks. Tools, gloves and training provided.", "free",
            [("LS4", "TH 10:00-14:00"), ("LS8", "SA 10:00-13:00")], Venue: "{Area} Park (meet at the visitor centre)"),
        new("carers", "{Area} carers' coffee morning", [NeedCategory.Carers, Lonely], "A relaxed morning for unpaid carers to meet others in the same boat, with information on breaks, grants and rights.", "free",
            [("LS7", "1TU 10:00-12:00"), ("LS6", "2WE 10:00-12:00"), ("LS11", "3TH 10:00-12:00"), ("LS15", "-1FR 10:00-12:00"), ("LS27", "1MO 10:00-12:00")]),
        new("carers", "Carers' support line", [NeedCategory.Carers], "Advice for unpaid carers by phone: carers' assessments, benefits, breaks and what to do in an emergency.", "free", []),
        new("carers", "Young carers' club, {Area}", [NeedCategory.Carers], "Fun, time out and support for young people who look after someone at home.", "free",
            [("LS9", "WE 16:30-18:00"), ("LS12", "TH 16:30-18:00")], MinimumAge: 8, MaximumAge: 17),
        new("bereavement", "Bereavement café, {Area}", [NeedCategory.Bereavement, Lonely], "Tea, cake and a listening ear for anyone who has lost someone, however long ago. Come once or every month.", "free",
            [("LS6", "-1TH 14:00-16:00"), ("LS8", "1WE 14:00-16:00"), ("LS12", "2MO 14:00-16:00"), ("LS26", "3TU 14:00-16:00")]),
        new("bereavement", "One-to-one bereavement support", [NeedCategory.Bereavement, Mood], "Up to eight sessions with a trained volunteer counsellor, in person or by phone. Referral needed.", "free", [("LS2", "")]),
        new("housing", "Housing advice drop-in, {Area}", [NeedCategory.Housing, Money], "Help with eviction notices, repairs, damp and mould, deposits and finding a home. Bring your tenancy agreement if you have one.", "free",
            [("LS1", "TU 10:00-13:00"), ("LS9", "TH 13:00-16:00"), ("LS11", "MO 13:00-16:00")], Venue: "{Area} Community Hub"),
        new("jobs", "{Area} job club", [Work], "Help with CVs, job searches, applications and interview practice, with computers to use.", "free",
            [("LS7", "MO 13:00-15:00"), ("LS9", "WE 13:00-15:00"), ("LS12", "TH 10:00-12:00"), ("LS14", "TU 13:00-15:00")], Venue: "{Area} Library"),
        new("online", "Computer help at {Area} Library", [Work, Lonely], "Bring your phone, tablet or laptop, or use ours. Help with email, video calls, online forms and staying safe online.", "free",
            [("LS2", "TU 14:00-16:00"), ("LS6", "FR 10:00-12:00"), ("LS15", "WE 10:00-12:00"), ("LS19", "TH 10:00-12:00"), ("LS28", "MO 14:00-16:00")], Venue: "{Area} Library"),
        new("breathe", "Breathe Easy {Area}", [Condition, Lonely], "A monthly support group for people living with COPD or another lung condition, and their families, with talks and chair exercises.", "free",
            [("LS8", "1TH 13:30-15:30"), ("LS13", "2TU 13:30-15:30"), ("LS25", "3WE 13:30-15:30")]),
        new("pain", "Living with pain group, {Area}", [Condition, Mood], "Meet others who understand chronic pain, and learn ways to manage flare-ups, sleep and pacing.", "free",
            [("LS6", "2MO 14:00-16:00"), ("LS11", "4WE 14:00-16:00")]),
        new("diabetes", "Diabetes peer support, {Area}", [Condition], "A friendly group for people with type 2 diabetes: food, activity and staying well, with a visiting nurse every quarter.", "free",
            [("LS7", "1WE 18:00-19:30"), ("LS12", "3TU 18:00-19:30")], Languages: ["English", "Urdu", "Punjabi"]),
        new("stroke", "{Area} Stroke Club", [Condition, Lonely], "Activities, outings and company for stroke survivors and their carers. Transport available.", "2",
            [("LS17", "WE 13:00-15:30"), ("LS26", "MO 13:00-15:30")]),
        new("wellbeing", "Anxiety and stress peer support, {Area}", [Mood], "A small, confidential peer support group for people living with anxiety or stress, run by people who have been there.", "free",
            [("LS1", "TH 18:00-19:30"), ("LS6", "TU 18:30-20:00"), ("LS15", "WE 18:00-19:30")]),
        new("wellbeing", "Mindfulness for beginners, {Area}", [Mood], "A four-week introduction to mindfulness for everyday stress. Mats and chairs available.", "6",
            [("LS2", "MO 18:00-19:30"), ("LS18", "SA 10:00-11:30")]),
        new("garden", "Volunteer gardening sessions", [Activity, Mood, Work], "Grow fruit and vegetables, look after the wildlife pond and take home some produce. No experience needed; gloves and tools provided.", "free",
            [("LS6", "TH 10:00-13:00"), ("LS6", "SA 10:00-13:00")], Venue: "Hyde Park Community Garden"),
        new("garden", "Seed to plate cooking", [Money, Mood], "Cook a simple meal with what we grow, then eat it together.", "free",
            [("LS6", "WE 12:00-14:00")], Venue: "Hyde Park Community Garden kitchen"),
        new("move", "Chair-based exercise, {Area}", [Activity, Condition], "Seated exercises to build strength and balance, suitable for people with limited mobility or after a fall.", "2",
            [("LS7", "WE 10:30-11:30"), ("LS9", "MO 10:30-11:30"), ("LS14", "FR 10:30-11:30"), ("LS16", "TH 10:30-11:30"), ("LS20", "TU 10:30-11:30"), ("LS24", "WE 10:30-11:30")],
            Access: ["Step-free access", "Wheelchair accessible toilet", "Seating available throughout"]),
        new("move", "Gentle yoga, {Area}", [Activity, Mood], "Slow, gentle yoga for beginners and people with stiff joints. Mats provided.", "5",
            [("LS6", "MO 10:00-11:00"), ("LS8", "FR 18:00-19:00"), ("LS21", "WE 10:00-11:00")]),
        new("lunch", "{Area} lunch club", [Lonely], "A hot two-course lunch and good company for people over 60, with bingo or a quiz afterwards.", "4.50",
            [("LS7", "TH 12:00-14:00"), ("LS10", "TU 12:00-14:00"), ("LS13", "WE 12:00-14:00"), ("LS17", "FR 12:00-14:00"), ("LS23", "MO 12:00-14:00"), ("LS28", "TH 12:00-14:00")], MinimumAge: 60),
        new("hub-beeston", "South Asian women's group", [Lonely, Mood], "Chat, crafts, gentle exercise and trips for South Asian women. Sessions in Urdu, Punjabi and English.", "free",
            [("LS11", "WE 10:00-12:00")], Venue: "Beeston Community Hub", Languages: ["Urdu", "Punjabi", "English"]),
        new("hub-beeston", "Advice surgery in Urdu and Punjabi", [Money, NeedCategory.Housing], "Help with benefits, housing and letters, in Urdu, Punjabi or English.", "free",
            [("LS11", "MO 13:00-15:00")], Venue: "Beeston Community Hub", Languages: ["Urdu", "Punjabi", "English"]),
        new("polish", "Polish community drop-in", [Lonely, Money], "Advice and a friendly chat in Polish: work, benefits, school places and health services.", "free",
            [("LS12", "SA 10:00-13:00"), ("LS9", "TH 17:00-19:00")], Venue: "{Area} Polish Centre", Languages: ["Polish", "English"]),
        new("deaf", "Deaf social evening, {Area}", [Lonely], "A social evening for Deaf people and BSL users, with games and a bar.", "free",
            [("LS2", "-1FR 18:00-21:00")], Venue: "Leeds Deaf Centre", Languages: ["BSL"], Access: ["Step-free access", "Hearing loop"]),
        new("libraries", "Knit and natter, {Area} Library", [Lonely], "Bring your knitting or crochet, or learn from others. Needles and wool to borrow.", "free",
            [("LS8", "TU 14:00-16:00"), ("LS13", "MO 10:00-12:00"), ("LS18", "TH 14:00-16:00"), ("LS22", "WE 14:00-16:00"), ("LS29", "FR 10:00-12:00")], Venue: "{Area} Library"),
        new("libraries", "Reading group, {Area} Library", [Lonely, Mood], "A monthly book club: we read a book, then talk about it over a cuppa. Books lent free.", "free",
            [("LS6", "2TH 18:00-19:30"), ("LS17", "1MO 14:00-15:30"), ("LS27", "3WE 18:00-19:30")], Venue: "{Area} Library"),
        new("dance", "Tea dance, {Area}", [Activity, Lonely], "Ballroom and sequence dancing to live music, with tea and cake. Come with or without a partner.", "5",
            [("LS8", "2SU 14:00-17:00"), ("LS26", "1SU 14:00-17:00")], Venue: "{Area} Town Hall"),
        new("dance", "Dance for Parkinson's, {Area}", [Activity, Condition], "A dance class for people with Parkinson's, their partners and carers, seated or standing.", "3",
            [("LS2", "WE 11:00-12:15")], Venue: "Leeds Dance Studios"),
        new("cycle", "Learn to ride for adults, {Area}", [Activity], "One-to-one cycling lessons for adults who never learnt or want to get back on a bike. Bikes and helmets provided.", "free",
            [("LS10", "SA 10:00-12:00"), ("LS16", "SU 10:00-12:00")], Venue: "{Area} Park (by the café)"),
        new("run", "Couch to 5k, {Area}", [Activity, Mood], "A nine-week beginners' group that takes you from walking to running 5km, at your own pace.", "free",
            [("LS6", "TU 18:30-19:30"), ("LS15", "TH 18:30-19:30"), ("LS28", "SA 09:00-10:00")], Venue: "{Area} Park (main gates)"),
        new("cook", "Cook and eat, {Area}", [Money, Condition], "Learn to cook a healthy meal for under £2 a portion, then sit down and eat it together.", "2",
            [("LS9", "TU 17:30-19:30"), ("LS14", "WE 17:30-19:30")]),
        new("warm", "Warm space at {Area}", [Money, Lonely], "Somewhere warm to spend the day, with free hot drinks, soup at lunchtime, Wi-Fi and phone charging.", "free",
            [("LS1", "MO,WE,FR 10:00-16:00"), ("LS7", "TU,TH 10:00-16:00"), ("LS12", "MO,TH 10:00-15:00"), ("LS11", "WE,SA 10:00-15:00")], Venue: "{Area} Methodist Church"),
        new("women", "Women's wellbeing circle", [Mood, Lonely], "A supportive group for women to talk, share and try new things: crafts, cooking and trips.", "free",
            [("LS7", "WE 13:00-15:00")], Venue: "Chapeltown Community Centre"),
        new("women", "English conversation for women", [Lonely, Work], "Practise speaking English in a relaxed group, with a crèche.", "free",
            [("LS7", "MO 10:00-12:00"), ("LS8", "TH 10:00-12:00")], Languages: ["English", "Arabic", "Urdu"]),
        new("veterans", "Veterans' breakfast club, {Area}", [Lonely, Mood], "Breakfast and banter for veterans of any age and service, and their families.", "6",
            [("LS1", "1SA 09:00-11:00"), ("LS27", "3SA 09:00-11:00")], Venue: "{Area} Café"),
        new("rainbow", "Rainbow coffee afternoon", [Lonely], "A relaxed social afternoon for LGBTQ+ people, especially those over 50.", "free",
            [("LS1", "2TH 14:00-16:00")], Venue: "City Centre Library", MinimumAge: 18),
        new("sight", "Sight loss social group, {Area}", [Lonely, Condition], "Company, talks and equipment demonstrations for people with sight loss. Large print and audio information.", "free",
            [("LS6", "1TU 13:30-15:30"), ("LS15", "2TU 13:30-15:30")], Access: ["Step-free access", "Large print and audio information"]),
        new("music", "Ukulele for beginners, {Area}", [Mood, Lonely], "Learn three chords and play a song in the first session. Ukuleles to borrow.", "3",
            [("LS4", "TH 19:00-20:30"), ("LS18", "MO 19:00-20:30")], Venue: "{Area} Cricket Club"),
    ];
}
