using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// The participants of each encounter: the people its sentences put there, NATO officials who speak or act while it
/// is reported, and offices named without a name, which are the person the article gives that office when it does
/// (<c>the Secretary General</c> after <c>Secretary General Jaap de Hoop Scheffer</c>). Each keeps the office the
/// article states; a leader of another country at the table keeps that country. See docs/import.md#participants.
/// </summary>
public sealed class ParticipantRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            foreach (var reading in meeting.Encounters)
            {
                // Leaders of other countries count where the sentence, or its timeline entry, has NATO at the table.
                var natoAtTable = meeting.Unit.Kind == UnitKind.Row || reading.Parties.Any(p => Organisation.IsNato(context, p));
                foreach (var party in reading.Parties.Where(p => p.Person is not null))
                {
                    AddPerson(context, meeting, party.Person!, party.Office, party.Source == PartySource.Named && natoAtTable);
                }
            }

            foreach (var speaker in meeting.Sentences.SelectMany(s => s.Speakers))
            {
                AddPerson(context, meeting, speaker, null, false);
            }

            // Received, or next in turn, by someone the sentence leaves unnamed: the NATO official who speaks in this
            // part of the article, nearest first.
            if (!meeting.Participants.Any(p => p.Organization == ReferenceIndex.Nato) && Tense.IsUnnamedHost(context.Slice(meeting.Opening.Sentence.Start, meeting.Opening.Sentence.End))
                && context.Readings.Where(r => r.Unit == meeting.Unit && r.Speakers.Count > 0)
                    .OrderBy(r => Math.Abs(r.Sentence.Start - meeting.Opening.Sentence.Start)).FirstOrDefault() is { } nearest)
            {
                AddPerson(context, meeting, nearest.Speakers[0], null, false);
            }

            foreach (var reading in meeting.Encounters)
            {
                foreach (var party in reading.Parties.Where(p => p.Person is null))
                {
                    AddOffice(context, meeting, party.Office!);
                }
            }
        }
    }

    private static void AddPerson(ArticleContext context, MeetingDraft meeting, PersonInArticle person, OfficeMention? stated, bool atTheTable)
    {
        if (meeting.Participants.Any(p => p.Person == person))
        {
            return;
        }

        var office = stated ?? OfficeWithin(person, meeting) ?? person.Office;
        var organization = Organisation.OfPerson(context, person, office) ?? (person.IsKnown ? null : Countries.MostNamed(context));
        var title = office?.Title ?? ReferenceOffice(context, person, meeting)?.Title;
        if (title is null || organization is null || !IsCanonical(context, title) || !Belongs(context, meeting, organization, atTheTable)
            || (meeting.CallPerson is { } callee && callee != person && organization != ReferenceIndex.Nato))
        {
            return;
        }

        var named = person.Mentions.FirstOrDefault(m => m.IsFullName) ?? person.Mentions[0];
        var here = person.Mentions.FirstOrDefault(m => meeting.Sentences.Any(s => s.Sentence.Contains(m.Start))) ?? named;
        meeting.Participants.Add(new ParticipantDraft
        {
            Person = person,
            Office = office,
            Name = person.Name,
            IsKnown = person.IsKnown,
            NameAsWritten = context.Slice(named.Span),
            NameOrigin = ValueOrigin.Stated,
            Role = title,
            RoleOrigin = office is null ? ValueOrigin.Inferred : ValueOrigin.Stated,
            Organization = organization,
            NameSpan = here.Span,
            RoleSpan = office?.Span,
        });
    }

    private static void AddOffice(ArticleContext context, MeetingDraft meeting, OfficeMention office)
    {
        var organization = office.IsNato ? ReferenceIndex.Nato : office.Organization ?? Countries.OfMeeting(context, meeting);
        if (organization is null)
        {
            // "The Prime Minister was received …" with no country yet: the one person the article gives that office.
            var holders = context.People.Where(p => !p.IsFormer && p.Offices.Any(o => o.Title == office.Title && !o.IsFormer)).ToList();
            if (holders.Count == 1)
            {
                AddPerson(context, meeting, holders[0], office, false);
            }

            return;
        }

        if (!(office.IsNato || context.Reference.IsWesternBalkans(organization)))
        {
            return;
        }

        // The office the article gives someone by name: the nearest such mention before this one, else after it.
        var holder = context.People
            .Where(p => !p.IsFormer && p.Offices.Any(o => o.Title == office.Title && !o.IsFormer && Organisation.OfPerson(context, p, o) == organization))
            .OrderBy(p => p.Offices.Where(o => o.Title == office.Title).Min(o => o.Start <= office.Start ? office.Start - o.Start : int.MaxValue / 2 + o.Start - office.Start))
            .FirstOrDefault();
        if (holder is not null)
        {
            AddPerson(context, meeting, holder, office, false);
            return;
        }

        if (meeting.Participants.Any(p => p.Role == office.Title && p.Organization == organization) || !Belongs(context, meeting, organization, false))
        {
            return;
        }

        meeting.Participants.Add(new ParticipantDraft
        {
            Office = office,
            NameOrigin = ValueOrigin.Inferred,
            Role = office.Title,
            RoleOrigin = ValueOrigin.Stated,
            Organization = organization,
            RoleSpan = office.Span,
        });
    }

    // A call is with one country; a tour stop with the country of its city.
    private static bool Belongs(ArticleContext context, MeetingDraft meeting, string organization, bool atTheTable)
    {
        if (organization == ReferenceIndex.Nato)
        {
            return true;
        }

        if (!context.Reference.IsWesternBalkans(organization))
        {
            return atTheTable && !meeting.IsCall;
        }

        return (meeting.CallCountry is null || meeting.CallCountry == organization)
            && (meeting.TourStop is null || meeting.TourStop.Place.Country == organization);
    }

    // The offices of roles.json and party titles; a plain deputy or vice ("Deputy Prime Minister") holds none of them.
    private static bool IsCanonical(ArticleContext context, string title) =>
        title.StartsWith("Leader of ", StringComparison.Ordinal) || context.Reference.Set.Roles.Any(r => r.Title == title);

    private static OfficeMention? OfficeWithin(PersonInArticle person, MeetingDraft meeting) =>
        person.Offices.FirstOrDefault(o => !o.IsFormer && meeting.Sentences.Any(s => s.Sentence.Contains(o.Start)));

    // A person the article gives no office: the one the reference data says they held then, else their latest.
    private static OfficeTerm? ReferenceOffice(ArticleContext context, PersonInArticle person, MeetingDraft meeting)
    {
        var terms = context.Reference.OfficesOf(person.Name);
        var term = meeting.Date is { } date ? terms.FirstOrDefault(o => o.Covers(date.From, date.To)) : null;
        term ??= terms.OrderByDescending(o => o.Start).FirstOrDefault();
        if (term is null && context.Reference.NotableOffice(person.Name) is { } notable)
        {
            term = new OfficeTerm(person.Name, notable.Office, notable.Organization, DateOnly.MinValue, null, null);
        }

        return term;
    }
}
