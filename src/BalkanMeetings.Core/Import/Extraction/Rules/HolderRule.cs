namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Ties each office to the person it belongs to: the name right after it or, in apposition, right before it; a
/// plural office to each name of the list after it (<c>the two foreign ministers, Lulzim Basha and Gordan
/// Jandroković</c>). See docs/import.md#offices.
/// </summary>
public sealed class HolderRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentions = context.PersonMentions;
        foreach (var office in context.Offices)
        {
            if (office.IsPlural)
            {
                foreach (var listed in ListAfter(context, office, mentions))
                {
                    Attach(context, listed, office with { IsPlural = false });
                }

                continue;
            }

            if ((HolderAfter(context, office, mentions) ?? HolderBefore(context, office, mentions)) is { } holder)
            {
                Attach(context, holder, office);
            }
        }

        foreach (var person in context.People)
        {
            person.Offices.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>True when the office is tied to a named person, so it names no one else.</summary>
    public static bool IsHeld(ArticleContext context, OfficeMention office)
    {
        ArgumentNullException.ThrowIfNull(context);
        return office.IsPlural || context.People.Any(p => p.Offices.Any(o => o.Span == office.Span));
    }

    private static void Attach(ArticleContext context, PersonMention mention, OfficeMention office)
    {
        var person = context.PersonNamed(mention.Name)!;
        if (person.Offices.All(o => o.Span != office.Span))
        {
            person.Offices.Add(office);
        }
    }

    private static PersonMention? HolderAfter(ArticleContext context, OfficeMention office, List<PersonMention> mentions)
    {
        var next = mentions.FirstOrDefault(m => m.Start >= office.End);
        return next is not null && Gaps.AllowHolderAfter(context, office.End, next.Start) ? next : null;
    }

    private static PersonMention? HolderBefore(ArticleContext context, OfficeMention office, List<PersonMention> mentions)
    {
        var previous = mentions.LastOrDefault(m => m.End <= office.Start);
        return previous is not null && Gaps.AllowHolderBefore(context, previous.End, office.Start) ? previous : null;
    }

    private static IEnumerable<PersonMention> ListAfter(ArticleContext context, OfficeMention office, List<PersonMention> mentions)
    {
        var first = HolderAfter(context, office, mentions);
        if (first is null)
        {
            yield break;
        }

        yield return first;
        var previous = first;
        foreach (var next in mentions.Where(m => m.Start > first.Start))
        {
            // The same name again in another script, in brackets, is not the next of the list.
            if (next.Name == previous.Name)
            {
                continue;
            }

            if (!Gaps.AllowListItem(context, previous.End, next.Start))
            {
                yield break;
            }

            yield return next;
            previous = next;
        }
    }
}
