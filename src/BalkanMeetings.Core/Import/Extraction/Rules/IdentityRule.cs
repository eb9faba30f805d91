using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Who each participant is: a name the reference data does not know is kept as written and flagged; an office named
/// without its holder, whom the article never names, is the office holder on a day date (inferred, flagged), else
/// stays unnamed and is flagged unresolved. See docs/import.md#identity.
/// </summary>
public sealed class IdentityRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            for (var p = 0; p < meeting.Participants.Count; p++)
            {
                var participant = meeting.Participants[p];
                if (participant.Person is { IsKnown: false } unknown)
                {
                    context.Raise(FlagKind.UnknownPerson, FlagSeverity.Info, $"{unknown.Name} is not in the reference data; check the spelling or add them.", meeting, p, "Person", participant.NameAsWritten, null);
                }

                if (participant.Person is not null || participant.Name is not null)
                {
                    continue;
                }

                var holders = meeting.Date is { IsSingleDay: true } day
                    ? context.Reference.HoldersOf(participant.Role, participant.Organization, day.From, day.To).ToList()
                    : [];
                var evidence = participant.RoleSpan is { } span ? context.Slice(span) : participant.Role;
                if (holders.Count == 1)
                {
                    (participant.Name, participant.IsKnown) = (holders[0].Person, true);
                    context.Raise(FlagKind.InferredOfficial, FlagSeverity.Info, $"The article names the {participant.Role} only by office; on {meeting.Date} that was {holders[0].Person}.", meeting, p, "Person", evidence, holders[0].Describe());
                    context.Trace.Add(nameof(IdentityRule), meeting, "inferred_name", holders[0].Person, participant.RoleSpan);
                    continue;
                }

                context.Raise(FlagKind.UnresolvedOfficial, FlagSeverity.Warning, $"The article names the {participant.Role} ({participant.Organization}) only by office and the date does not say who held it.", meeting, p, "Person", evidence, null);
            }
        }
    }
}
