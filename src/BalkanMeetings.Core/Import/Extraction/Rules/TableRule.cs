using BalkanMeetings.Core.Import.Blocks;

namespace BalkanMeetings.Core.Import.Extraction.Rules;

/// <summary>
/// Initiatives from every table whose first header cell is <c>Initiative</c>; every other table is kept as it is.
/// A name in two tables is one initiative with the fuller row. See docs/import.md#initiatives.
/// </summary>
public sealed class TableRule : IExtractionRule
{
    public void Apply(ArticleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var initiatives = context.Initiatives;
        foreach (var table in context.Tables)
        {
            if (!IsInitiativeTable(table))
            {
                context.OtherTables.Add(new ExtractedTable(
                    table.Header.Select(c => c.Text).ToList(),
                    table.Rows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Text).ToList()).ToList(),
                    new TextSpan(table.Start, table.End)));
                continue;
            }

            foreach (var row in table.Rows)
            {
                if (Cell(row, 0) is not { } name)
                {
                    continue;
                }

                var initiative = new ExtractedInitiative(name, Cell(row, 1), Cell(row, 2), new TextSpan(row[0].Start, row[0].End));
                var key = Tokenizer.Key(name);
                var existing = initiatives.FindIndex(i => Tokenizer.Key(i.Name) == key);
                if (existing < 0)
                {
                    initiatives.Add(initiative);
                }
                else if (Filled(initiative) > Filled(initiatives[existing]))
                {
                    // The fuller row wins; the initiative keeps its first spelling and place in the article.
                    initiatives[existing] = initiative with { Name = initiatives[existing].Name, Span = initiatives[existing].Span };
                }
            }
        }
    }

    private static bool IsInitiativeTable(TableBlock table) =>
        table.Header.Count > 0 && Tokenizer.Key(table.Header[0].Text) is "initiative" or "initiatives";

    private static string? Cell(IReadOnlyList<Cell> row, int index) =>
        index < row.Count && !string.IsNullOrWhiteSpace(row[index].Text) ? row[index].Text : null;

    private static int Filled(ExtractedInitiative initiative) =>
        (initiative.Objective is null ? 0 : 1) + (initiative.Timeline is null ? 0 : 1);
}
