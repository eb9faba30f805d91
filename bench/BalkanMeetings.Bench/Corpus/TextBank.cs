namespace BalkanMeetings.Bench.Corpus;

/// <summary>
/// A subject of talks: the bullet label and descriptions content-farm lists use, and the phrase prose uses. Topics
/// tied to a country or period only appear where they make sense.
/// </summary>
internal sealed record Topic(string Label, string Phrase, IReadOnlyList<string> Details, IReadOnlyList<string>? Countries = null, DateOnly? From = null);

/// <summary>
/// The wording the writers draw from, modelled on the seed and dev articles. Templates use the placeholders
/// <see cref="ArticleContext.Fill"/> knows. Apostrophes are typographic (’); wire-like styles straighten them.
/// </summary>
internal static class TextBank
{
    private static readonly Topic[] Topics =
    [
        new("Cybersecurity", "cybersecurity", ["Addressing threats to national infrastructure.", "Joint strategies to protect critical networks against cyber attacks.", "Building national capacity to respond to cyber incidents."]),
        new("Regional Security", "regional security", ["Collaborative efforts to address security challenges in the Balkans.", "Coordinated responses to threats that cross borders in the region."]),
        new("Regional Stability", "stability in the Western Balkans", ["Preserving peace and preventing renewed tensions in the region.", "NATO’s presence as a cornerstone of peace in the Western Balkans."]),
        new("Defense Cooperation", "defence cooperation", ["Deeper practical cooperation between armed forces.", "Broadening joint exercises and training programs."]),
        new("Joint Exercises", "joint military exercises", ["Increasing the frequency of multinational exercises to improve readiness.", "Developing more frequent and complete training programs."]),
        new("Intelligence Sharing", "intelligence sharing", ["Establishing secure channels for timely exchanges of information.", "Better anticipation of emerging threats through shared assessments."]),
        new("Terrorism Prevention", "counter-terrorism", ["Coordinating efforts to combat radicalization.", "Training partners to fight terrorism themselves."]),
        new("Border Security", "border security", ["enhancing measures to manage migration and trafficking.", "Modern equipment and training for border police."]),
        new("KFOR", "NATO’s peacekeeping mission in Kosovo", ["Participation in KFOR, building stability in the Western Balkans.", "Close coordination between KFOR and local authorities."]),
        new("Euro-Atlantic Integration", "Euro-Atlantic integration", ["Support for the country’s aspirations to join Euro-Atlantic structures.", "Reforms that bring the country closer to European and transatlantic institutions."]),
        new("Countering Disinformation", "countering disinformation", ["Joint strategies to combat misinformation and promote resilience against external influences.", "Better protection against disinformation campaigns."]),
        new("Hybrid Threats", "hybrid threats", ["Awareness of hybrid warfare and foreign interference.", "Resilience of institutions against hybrid attacks."]),
        new("Defense Reform", "defence reform", ["Commitment to assist in modernizing the defense sector.", "Support for institutional reforms in defense and security sectors."]),
        new("Democratic Reforms", "democratic reforms", ["Supporting democratic processes and rule of law.", "Strengthening democratic institutions and accountability."]),
        new("Crisis Management", "crisis management", ["Preparing mechanisms to respond efficiently to security challenges.", "Offering a swift response mechanism for unforeseen conflicts."]),
        new("Partnership for Peace", "the Partnership for Peace programme", ["Practical cooperation through the Partnership for Peace.", "New opportunities for cooperation under the partnership programme."]),
        new("Defense Spending", "defence spending", ["A clear plan to invest 2% of GDP in defence.", "Higher defence investment to modernize the armed forces."]),
        new("Belgrade-Pristina Dialogue", "the EU-facilitated dialogue between Belgrade and Pristina", ["Continued engagement in the EU-facilitated talks.", "Implementation of agreements on freedom of movement."], ["Serbia", "Kosovo"]),
        new("Ukraine", "Russia’s war against Ukraine", ["Support to Kyiv and humanitarian aid.", "A united response to Russia’s aggression."], From: new DateOnly(2022, 2, 24)),
        new("Energy Security", "energy security", ["Diversifying energy supplies in the region.", "Protecting critical energy infrastructure."]),
        new("Organised Crime", "organized crime", ["Joint action against trafficking networks.", "Cooperation between police and judicial authorities."]),
        new("Interoperability", "interoperability with Allied forces", ["Integrated training sessions that allow real-time coordination among allied forces.", "Adopting NATO standards across the armed forces."]),
        new("Air Policing", "NATO air policing", ["Keeping the country’s airspace safe with Allied jets.", "Round-the-clock protection of the country’s skies."], ["Albania", "Montenegro"], new DateOnly(2018, 6, 1)),
        new("Open Door Policy", "NATO’s open door policy", ["NATO’s door remains open to countries that meet its standards.", "Support for the integration of the Western Balkans."]),
    ];

    public static IReadOnlyList<Topic> TopicsFor(string country, DateOnly date) =>
        Topics.Where(t => (t.Countries is null || t.Countries.Contains(country, StringComparer.Ordinal)) && (t.From is null || t.From <= date)).ToList();

    public static readonly string[] LedeOpeners =
    [
        "In a significant diplomatic engagement",
        "In a notable diplomatic encounter",
        "In a important diplomatic encounter",
        "In a decisive affirmation of its enduring commitment to regional stability",
        "In a significant reaffirmation of Allied solidarity",
        "In a notable diplomatic move",
        "In a pivotal moment for regional security",
    ];

    public static readonly string[] HeldLedes =
    [
        "{opener},{nato} met with {hosts} {where}{onDate} to discuss {t1} and deepen the alliance’s commitment to stability in the Balkans.",
        "{opener}, {nato} held talks with {hosts} {where}{onDate} focusing on {t1}, {t2} and the country’s path towards closer Euro-Atlantic cooperation.",
        "{opener}, {nato} welcomed {hosts} {where}{onDate} for talks on {t1}, {t2} and {country}’s growing contributions to shared security.",
    ];

    public static readonly string[] PlannedLedes =
    [
        "{opener}, {nato} is set to meet {hosts} {where}{onDate} as part of ongoing efforts to enhance {t1} and cooperation.",
        "{opener}, {nato} is expected to hold talks with {hosts} {where}{onDate} in a visit that underscores the alliance’s interest in {t1}.",
    ];

    public static readonly string[] LedeFillers =
    [
        "This meeting underscores NATO’s ongoing efforts to enhance cooperation with partners as geopolitical tensions persist in the region.",
        "Key issues on the agenda included {t1}, {t2}, and the importance of a united front in addressing both internal and external threats.",
        "As {country} continues to navigate its path within the Euro-Atlantic community, this high-level dialog highlights the strategic importance of collaboration in safeguarding peace and democratic values in Europe.",
        "The meeting signals NATO’s ongoing support for the sovereignty and territorial integrity of its partners in the Western Balkans.",
        "As geopolitical tensions continue to evolve, the engagement highlights NATO’s proactive stance in fostering peace and cooperation in a historically volatile region.",
        "This article delves into the implications of the talks and the pivotal role they play in shaping the future stability of the Western Balkans.",
        "The talks come at a time of heightened focus on European security and aim to reinforce partnerships and address ongoing challenges.",
    ];

    public static readonly string[] Titles =
    [
        "{natoOffice} and {country} {hostOffice} Discuss Regional Security Challenges",
        "Press Release: NATO {natoOffice} Meets {hostOffice} of {country}",
        "NATO {natoOffice} {natoName} Hosts {country}’s {hostOffice} {hostSurname}, Praises a “Highly Valued Ally”",
        "NATO {natoOffice} {natoName} Meets {country} {hostOffice} {hostSurname} in {cityName}",
        "NATO Reaffirms Commitment to {country} as {natoOffice} {natoSurname} Meets {hostSurname}",
    ];

    public static readonly string[] Headings =
    [
        "NATO {natoOffice} and {country} {hostOffice} Discuss Regional Security Challenges",
        "Strengthening Alliances: Key Outcomes from the NATO-{country} Meeting",
        "Future of Defense Cooperation: Strategic Recommendations for Enhanced Partnership",
        "NATO’s Commitment to the Western Balkans Strengthened by High-Level Diplomatic Engagement",
        "Key Outcomes of the NATO {natoOffice}’s Meeting with {country} Leadership",
        "Future Steps for Enhanced Defense Cooperation and Regional Stability between NATO and {country}",
        "{country}’s Contributions to Euro-Atlantic Security",
        "What NATO Offers {country}",
        "Recommendations for Strengthening Cooperation Between NATO and Balkan Nations",
        "Insights into NATO’s Long-term Commitment and Future Initiatives",
        "The Importance of Regional Stability: NATO’s Role in the Western Balkans",
        "European Security in a Time of Threats",
        "What Comes Next",
        "NATO as a Guarantor of Regional Stability",
    ];

    public static readonly string[] BodySentences =
    [
        "The {natoOffice} held a productive meeting with {hostShort} to address a range of pressing security challenges facing the region.",
        "The discussions highlighted the importance of strengthening collaborative defense measures and enhancing interoperability among NATO member states and partners.",
        "The leaders acknowledged the strategic importance of {country}’s role in the region and emphasized the need for continued support in areas such as {t1} and {t2}.",
        "Both officials reaffirmed their commitment to maintaining regional stability and ensuring that {country} remains resilient in the face of evolving threats.",
        "During the recent meeting between {natoShort} and {hostShort}, significant strides were made in bolstering the partnership between NATO and {country}.",
        "{natoSurname} emphasized the importance of a strong partnership between NATO and the authorities in {capital}, stating, “Strengthening our cooperation is vital for peace and security in this region.”",
        "The talks also covered NATO’s continued adaptation to a more unpredictable security environment, including {t2} and {t3}.",
        "Furthermore, it was proposed that both sides could benefit significantly from developing a regional strategy that integrates NATO priorities with {country}’s unique geopolitical position.",
        "This strategic collaboration reflects NATO’s recognition of the unique challenges faced by the Western Balkans, and also the alliance’s role as a stabilizing force in the region.",
        "A commitment to regular dialogue will also be established, ensuring that both parties remain aligned on strategic objectives and tactical responses.",
        "{hostSurname} described the encounter as an excellent opportunity to reaffirm {country}’s readiness for regular coordination with the Alliance.",
        "The atmosphere of the meeting reflected optimism and a shared vision for a more secure future for {country} and its neighbors.",
        "Observers expect contacts between {capital} and NATO to intensify in the coming months.",
        "Both leaders discussed strategies to enhance defense capacities, with particular attention to {t1}.",
        "NATO’s focused efforts to engage with local stakeholders and leaders have fostered dialogue and mutual understanding, essential for long-term stability.",
        "Moreover, it is essential to establish a structured framework that evaluates the outcomes of joint exercises and pinpoints key areas for advancement.",
        "The {natoOffice} underscored NATO’s commitment to support {country} in its aspirations and thanked {hostSurname} for the country’s contributions to shared security.",
        "To facilitate this, they discussed potential initiatives aimed at fostering greater cooperation on {t3}.",
        "The discussions centered on enhancing regional cooperation and addressing security challenges that could impact the overall stability of the Balkans.",
        "{hostSurname} stressed that {country} remains a reliable partner and is ready to contribute to common efforts on {t2}.",
        "The diplomatic engagement reflects a shared understanding that security in the Western Balkans cannot be separated from security in Europe as a whole.",
        "Both sides agreed to schedule upcoming joint meetings, which will serve to evaluate progress and address emerging security challenges.",
        "The {natoOffice} also praised {country}’s efforts on {t1}, describing them as an example for the wider region.",
        "Experts note that such high-level contacts often pave the way for concrete programmes in the months that follow.",
        "In {capital}, the talks were widely seen as a signal of the Alliance’s continued attention to the region.",
        "This multi-faceted approach not only addresses immediate security needs but also lays the groundwork for a more stable future.",
    ];

    public static readonly string[] ListIntros =
    [
        "Key points raised during the meeting included:",
        "Key outcomes from the discussions included:",
        "Key recommendations highlighted during the dialogue include:",
        "Main points raised in the meeting included:",
        "This includes:",
        "Proactive measures can include:",
        "The leaders emphasized the need for continued support in areas such as:",
    ];

    public static readonly string[] InitiativeTableIntros =
    [
        "The following table summarizes the initiatives highlighted during the meeting:",
        "A proposed action plan outlines specific areas for future collaboration:",
        "An illustrative overview of potential defense cooperation initiatives is represented in the table below:",
        "The following table outlines key initiatives agreed upon during the meeting:",
        "Looking ahead, several areas were identified for deeper cooperation:",
        "Noteworthy plans include:",
    ];

    public static readonly string[] OtherTableIntros =
    [
        "Both leaders acknowledged the contributions {country} has made to the Alliance, which include:",
        "Some key metrics demonstrating progress include:",
        "Notable insights gathered from these consultations include:",
        "The discussion also touched upon the following critical aspects:",
    ];

    public static readonly string[] ClosingHeadings =
    [
        "To Conclude", "Closing Remarks", "Key Takeaways", "Final Words", "to Wrap It Up", "In Summary", "The Way Forward",
    ];

    public static readonly string[] Closings =
    [
        "the meeting between {natoShort} and {hostShort}{onDateLate} marks a significant step in strengthening the partnership between NATO and {country}. As global security dynamics continue to evolve, this dialogue emphasizes NATO’s commitment to regional stability and collaboration. As both leaders look ahead, the shared vision for a secure and prosperous future underscores the importance of continued engagement, cooperation, and unity. Stay tuned for updates on this evolving story.",
        "the talks between {natoShort} and {hostShort}{onDateLate} underscore the alliance’s ongoing commitment to fostering stability and cooperation in the Balkan region. The discussions not only highlight the importance of unity in the face of contemporary threats but also reaffirm {country}’s role in the broader European security framework. For further updates and details about NATO’s initiatives and partnerships, visit the NATO homepage.",
        "the engagement between NATO and {country}{onDateLate} sends a clear message that the Western Balkans remain firmly on NATO’s agenda. As {country} continues to seek closer ties with Euro-Atlantic institutions, its leaders will be counting on the Alliance’s continued engagement. Stay tuned for further updates.",
    ];

    public static readonly string[] WireHeadlines =
    [
        "NATO's {natoSurname} urges {country} to keep up the pace of reforms",
        "NATO chief {natoSurname} praises {adj} contribution to regional security",
        "{hostSurname}, {natoSurname} discuss {t1} in {cityName}",
        "NATO's {natoSurname} says alliance committed to Western Balkans stability after talks with {hostSurname}",
        "{country} a valued partner, NATO's {natoSurname} tells {hostSurname}",
    ];

    public static readonly string[] WireClaims =
    [
        "the alliance remained firmly committed to stability in the Western Balkans",
        "{country} had made real progress on {t1} and should keep up the pace of reforms",
        "{country} was a valued partner whose contribution to regional security mattered to all Allies",
        "cooperation on {t1} and {t2} would deepen in the coming months",
    ];

    public static readonly string[] Quotes =
    [
        "{country} is a valued partner and its contribution to regional stability matters to all Allies",
        "Stability in the Western Balkans is important for the whole of Europe, and NATO will stay engaged",
        "It is a demanding path that calls for genuine change, but {country} is clearly moving forward",
        "NATO will continue to support {country} on the path it has chosen",
        "We share the same goal: a peaceful, secure and prosperous region",
    ];

    /// <summary>Paragraphs of reporting that fit any meeting that has taken place.</summary>
    public static readonly string[] AfterParagraphs =
    [
        "{hostSurname} said {country} would continue to work on {t2}, adding that cooperation with the Alliance had brought concrete results for the country’s armed forces.",
        "The talks also touched on {t3}, an issue that has gained weight in the region over the past year, according to officials familiar with the discussions.",
        "Diplomats said the meeting was also an opportunity to prepare the next steps in the partnership, including an updated programme of practical cooperation.",
        "Both sides agreed that progress on {t1} depends on steady political support at home as well as on help from Allies.",
        "Officials in {capital} said they expect further contacts at expert level in the coming weeks to follow up on what was agreed.",
    ];

    /// <summary>Background paragraphs that hold before and after a meeting, for announcements too.</summary>
    public static readonly string[] BackgroundParagraphs =
    [
        "Allies have repeatedly said that stability in the Western Balkans is closely linked to the security of the whole Euro-Atlantic area, and officials in {capital} see closer ties with NATO as a guarantee against renewed tensions.",
        "Opinion polls show that public views of the Alliance in {country} remain mixed, and the government has promised to explain the benefits of cooperation more clearly.",
        "NATO officials have praised the country’s contributions to international missions and its support for regional cooperation initiatives.",
        "Security analysts in the region say that {t1} and {t2} have become the main tests of how far cooperation with the Alliance can go.",
    ];

    public static readonly string[] Agencies = ["WBN", "SEE Wire", "BPA"];

    public static readonly string[] PortalSites = ["European Western Balkans", "Western Balkans Wire", "Balkan Security Review", "Adriatic Monitor"];

    public static readonly string[] PortalSections = ["Security", "Politics", "Diplomacy", "Region"];

    public static readonly string[] PortalHeadlines =
    [
        "{hostSurname} discusses NATO’s cooperation with {country} and the region with {natoSurname}",
        "{natoSurname} and {hostSurname} agree on closer cooperation on {t1}",
        "{adj} {hostOffice} {hostSurname} meets NATO {natoOffice} {natoSurname}",
    ];

    public static readonly string[] RelatedPosts =
    [
        "Ambassador Wigemark began his mandate as the new Head of EULEX Kosovo",
        "EU delegation to Albania calls for orderly local elections",
        "KFOR steps up patrols near northern border crossings",
        "Opinion: Kosovo’s long road to the Partnership for Peace",
        "EU special representative calls for calm in Belgrade-Pristina talks",
        "Montenegro’s membership in NATO is turning point for security in Western Balkans",
        "Regional ministers meet in Skopje on energy interconnections",
        "Civil society groups warn of shrinking media freedom in the region",
        "Berlin Process summit ends with new mobility agreements",
    ];
}
