namespace BalkanMeetings.Bench.Corpus;

/// <summary>Pipe tables as the content farms print them: trailing pipes always, leading pipes in some articles.</summary>
internal static class Tables
{
    private enum ThirdColumn
    {
        None,
        Timeline,
        Status,
        Outcome,
    }

    private static readonly (string[] Header, ThirdColumn Third)[] InitiativeHeaders =
    [
        (["Initiative", "Objective", "Timeline"], ThirdColumn.Timeline),
        (["Initiative", "Purpose", "Expected Outcomes"], ThirdColumn.Outcome),
        (["Initiative", "Objective", "Status"], ThirdColumn.Status),
        (["Initiative", "Purpose", "Status"], ThirdColumn.Status),
        (["Initiative", "description"], ThirdColumn.None),
        (["Initiative", "Objective"], ThirdColumn.None),
    ];

    /// <summary>A table whose first header is <c>Initiative</c>, with one to four rows.</summary>
    public static IEnumerable<string> Initiatives(ArticleContext context, bool leadingPipes)
    {
        var random = context.Random;
        var (header, third) = random.Pick(InitiativeHeaders);
        var rows = random.PickSome(TableBank.Initiatives, random.Weighted([(1, 1.0), (2, 2.0), (3, 6.0), (4, 2.0)]))
            .Select(initiative => third switch
            {
                ThirdColumn.Timeline => new[] { initiative.Name, initiative.Objective, context.Fill(random.Pick(TableBank.Timelines)) },
                ThirdColumn.Status => [initiative.Name, initiative.Objective, random.Pick(TableBank.Statuses)],
                ThirdColumn.Outcome => [initiative.Name, initiative.Objective, random.Pick(TableBank.Outcomes)],
                _ => [initiative.Name, initiative.Objective],
            });
        return Render(header, rows, leadingPipes);
    }

    /// <summary>A table that is not about initiatives (<c>Area of Contribution | Impact</c>, <c>Metric | 2022 | 2023</c>).</summary>
    public static IEnumerable<string> Other(ArticleContext context, bool leadingPipes)
    {
        var (header, rows) = context.Random.Pick(TableBank.OtherTables);
        return Render(header.Select(context.Fill).ToArray(), rows, leadingPipes);
    }

    private static IEnumerable<string> Render(string[] header, IEnumerable<IReadOnlyList<string>> rows, bool leadingPipes)
    {
        var lead = leadingPipes ? "| " : string.Empty;
        yield return lead + string.Join(" | ", header) + " |";
        yield return (leadingPipes ? "|" : string.Empty) + string.Concat(Enumerable.Repeat("---|", header.Length));
        foreach (var row in rows)
        {
            yield return lead + string.Join(" | ", row) + " |";
        }
    }
}
