using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Editing;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import.Store;

/// <summary>
/// The people, countries, initiatives and topics an article names, as the ids they are stored under. People and
/// initiatives not stored yet are written first (<see cref="WriteNewAsync"/>), so everything after, the checks
/// included, sees every record by id.
/// </summary>
internal sealed class ArticleNames
{
    private const string PersonSql =
        "INSERT INTO \"People\" (\"Name\", \"SearchKey\", \"IsReference\") VALUES (@p0, @p1, @p2) RETURNING \"Id\"";

    private const string InitiativeSql =
        "INSERT INTO \"Initiatives\" (\"Name\", \"NameKey\", \"Objective\", \"Timeline\") VALUES (@p0, @p1, @p2, @p3) RETURNING \"Id\"";

    private ArticleNames(List<List<int?>> people, List<IReadOnlyCollection<string>> countryCodes, List<int?> initiativeIds, List<int> topicIds)
    {
        People = people;
        CountryCodes = countryCodes;
        InitiativeIds = initiativeIds;
        KnownInitiatives = initiativeIds.OfType<int>().Distinct().ToList();
        TopicIds = topicIds;
    }

    /// <summary>Per meeting and participant, the person; null for an official named only by office, and for a new
    /// name in a list an editor corrected (the importer adds no one to it, so creates no one for it).</summary>
    public List<List<int?>> People { get; }

    public List<IReadOnlyCollection<string>> CountryCodes { get; }

    /// <summary>Per extracted initiative, its id; all known once <see cref="WriteNewAsync"/> has run.</summary>
    public List<int?> InitiativeIds { get; }

    /// <summary>The initiatives stored before this article: the only ones it may complete or change.</summary>
    public List<int> KnownInitiatives { get; }

    public List<int> TopicIds { get; }

    /// <summary>People this article added, by name.</summary>
    public List<(string Name, int Id)> NewPeople { get; } = [];

    /// <summary>Initiatives this article added, as written.</summary>
    public List<Initiative> NewInitiatives { get; } = [];

    public static ArticleNames Read(ImportCatalog catalog, ExtractedArticle extracted) => new(
        extracted.Meetings.Select(m => m.Participants.Select(p => p.Name is null ? null : catalog.PersonId(p.Name)).ToList()).ToList(),
        extracted.Meetings
            .Select(m => (IReadOnlyCollection<string>)m.Countries.Select(catalog.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal).ToList())
            .ToList(),
        extracted.Initiatives.Select(i => catalog.InitiativeId(Tokenizer.Key(i.Name))).ToList(),
        extracted.Topics.Select(t => catalog.TopicId(t.Name)).OfType<int>().Distinct().ToList());

    /// <summary>
    /// Writes the people and initiatives the article names that are not stored yet: a person once per name, except in
    /// the meetings whose participant list an editor corrected; an initiative once per name key.
    /// </summary>
    public async Task WriteNewAsync(RowWriter rows, ExtractedArticle extracted, Func<int, bool> listCorrected, CancellationToken cancellationToken)
    {
        var added = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < extracted.Meetings.Count; k++)
        {
            var participants = extracted.Meetings[k].Participants;
            for (var p = 0; p < participants.Count; p++)
            {
                if (People[k][p] is not null || participants[p].Name is not { } name || listCorrected(k))
                {
                    continue;
                }

                var key = ImportCatalog.PersonKey(name);
                if (!added.TryGetValue(key, out var id))
                {
                    id = await rows.InsertAsync(PersonSql, cancellationToken, name, key, false);
                    added[key] = id;
                    NewPeople.Add((name, id));
                }

                People[k][p] = id;
            }
        }

        // A name in two tables of one article is one initiative, as the first table describes it.
        var initiatives = new Dictionary<string, Initiative>(StringComparer.Ordinal);
        for (var k = 0; k < extracted.Initiatives.Count; k++)
        {
            if (InitiativeIds[k] is not null)
            {
                continue;
            }

            var item = extracted.Initiatives[k];
            var key = Tokenizer.Key(item.Name);
            if (!initiatives.TryGetValue(key, out var initiative))
            {
                initiative = new Initiative { Name = item.Name, NameKey = key, Objective = item.Objective, Timeline = item.Timeline };
                initiative.Id = await rows.InsertAsync(InitiativeSql, cancellationToken, item.Name, key, item.Objective, item.Timeline);
                initiatives[key] = initiative;
                NewInitiatives.Add(initiative);
            }

            InitiativeIds[k] = initiative.Id;
        }
    }

    /// <summary>True when an editor corrected the meeting's participant list.</summary>
    public static bool ParticipantsCorrected(ArticleCorrections corrections, int? meetingId) =>
        meetingId is { } id && corrections.Has(nameof(Meeting), id, MeetingRecord.Participants);
}
