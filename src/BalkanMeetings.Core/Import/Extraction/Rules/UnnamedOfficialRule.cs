using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// An office named without its holder, whom the article never names: with a day date, the office holders name the
/// person (inferred, flagged); otherwise the name stays empty and is flagged unresolved. See
/// docs/import.md#participants.
/// </summary>
public sealed class UnnamedOfficialRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var meeting in context.Meetings)
        {
            for (var p = 0; p < meeting.Participants.Count; p++)
            {
                var participant = meeting.Participants[p];
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
                    context.Trace.Add(nameof(UnnamedOfficialRule), meeting, "inferred_name", holders[0].Person, participant.RoleSpan);
                    continue;
                }

                context.Raise(FlagKind.UnresolvedOfficial, FlagSeverity.Warning, $"The article names the {participant.Role} ({participant.Organization}) only by office and the date does not say who held it.", meeting, p, "Person", evidence, null);
            }
        }
    }
}
