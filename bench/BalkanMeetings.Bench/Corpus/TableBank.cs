namespace BalkanMeetings.Bench.Corpus;

/// <summary>The contents of the tables articles carry: initiatives with their objective, timeline, status or outcome, and other tables.</summary>
internal static class TableBank
{
    public static readonly (string Name, string Objective)[] Initiatives =
    [
        ("Joint Training Exercises", "Improve military readiness"),
        ("Intelligence Sharing Program", "Enhance situational awareness"),
        ("Cyber Defense Framework", "Strengthen cyber resilience"),
        ("Joint Cybersecurity Program", "Protect critical infrastructure"),
        ("Cooperative Maritime Patrols", "Secure territorial waters"),
        ("Shared Logistics Framework", "Enhance supply chain efficiency"),
        ("Joint Military Exercises", "Enhance readiness and interoperability"),
        ("Training Programs", "Develop modern defense capabilities"),
        ("Regional Political Dialogues", "Regular meetings to enhance mutual understanding and regional cooperation."),
        ("Resilience Building Programs", "Strengthen resistance to external threats"),
        ("Partnership for Peace Program", "Support military modernization"),
        ("Regional Training Center", "Enhance interoperability"),
        ("Security Sector Reform", "Implement thorough reforms to enhance the rule of law."),
        ("Infrastructure Development", "Facilitate better logistics and support for military operations."),
        ("Surplus Ammunition Trust Fund", "Destroy surplus ammunition safely"),
        ("NATO Air Policing Mission", "Protect national airspace with Allied jets"),
        ("Defence Investment Plan", "Reach 2% of GDP on defence"),
        ("Open Door Advocacy", "Support the integration of the Western Balkans"),
        ("Cyber Defence Cooperation", "Improve protection against cyber attacks"),
        ("KFOR Presence", "Maintain a safe and secure environment"),
        ("Security Coordination Mechanism", "Regular consultation on security developments"),
        ("Hybrid Threat Awareness Program", "Improve resilience to disinformation"),
        ("Border Management Support", "Curb trafficking and irregular migration"),
        ("Crisis Response Exercises", "Test joint decision-making in emergencies"),
        ("Defence Capacity Building Package", "Modernize command and control"),
        ("Women, Peace and Security Agenda", "Increase the participation of women in the armed forces"),
        ("Counter-IED Training", "Protect troops deployed on missions"),
        ("Building Integrity Programme", "Reduce the risk of corruption in defence"),
    ];

    public static readonly string[] Statuses = ["Active", "In Progress", "Planned", "Proposed", "Ongoing", "Under Review"];

    public static readonly string[] Timelines = ["Ongoing", "Annual", "Promptly", "Long-term", "{year}", "{nextYear}", "{year}-{nextYear}", "Q3 {nextYear}"];

    public static readonly string[] Outcomes =
    [
        "Reduced vulnerability to cyber threats",
        "improved maritime security",
        "Increased readiness and response time",
        "Greater interoperability with Allied forces",
        "Stronger public trust in institutions",
        "Faster crisis response",
        "Fewer illicit crossings",
    ];

    /// <summary>Tables whose first header is not <c>Initiative</c>: their rows are not initiatives.</summary>
    public static readonly (string[] Header, string[][] Rows)[] OtherTables =
    [
        (["Area of Contribution", "Impact"],
        [
            ["Peacekeeping Missions", "Active participation in various NATO-led missions."],
            ["Intelligence Sharing", "Enhanced security through better facts exchange."],
            ["Counterterrorism Efforts", "Joint initiatives aimed at combating global terrorism."],
            ["Air Policing", "Safe skies without a national fighter fleet"],
        ]),
        (["Focus Area", "action Steps"],
        [
            ["Military Capacity Building", "Implement joint exercises and share best practices."],
            ["Political Engagement", "Facilitate dialogue among political leaders to ensure unity."],
            ["Public Security Initiatives", "Launch community programs aimed at preventing extremism."],
        ]),
        (["focus Area", "Outcome"],
        [
            ["Regional Security", "Increased NATO presence to deter threats."],
            ["Economic Stability", "Commitment to supporting economic growth initiatives."],
            ["international Collaboration", "Encouraging partnerships with EU institutions."],
        ]),
        (["Theme", "Key Point"],
        [
            ["Unity", "Allies must act together"],
            ["Deterrence", "Strong defence keeps the peace"],
            ["Dialogue", "Regional tensions must be solved politically"],
        ]),
        (["Evaluation Criteria", "Potential Improvement Areas"],
        [
            ["operational Readiness", "Increase scenario diversity in training simulations."],
            ["Command and Control", "Enhance communication technology training."],
            ["Crisis Response", "Expand joint humanitarian assistance exercises."],
        ]),
        (["Metric", "{lastYear}", "{year}"],
        [
            ["Joint Military Exercises Conducted", "3", "5"],
            ["Defense Budget increase (%)", "1.5%", "2.3%"],
            ["Personnel Trained to NATO Standards", "60%", "75%"],
        ]),
    ];
}
