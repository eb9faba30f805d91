namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class TableRulesTests
{
    private const string Lede = "NATO Secretary General Mark Rutte met Prime Minister Edi Rama in Tirana on 4 March 2025.\n";

    [Fact]
    public void Initiative_tables_with_and_without_leading_pipes_map_their_columns()
    {
        var article = Snippets.Extract(Lede
            + "The initiatives:\n"
            + "Initiative | Purpose | Expected Outcomes |\n---|---|---|\nPort Security Plan | Protect Durres | Safer port |\n"
            + "Closing words\nMore text follows here.\n"
            + "| Initiatives | description |\n|---|---|\n| Cyber Range | Train cyber defenders |\n");

        Assert.Equal(
            ["Port Security Plan | Protect Durres | Safer port", "Cyber Range | Train cyber defenders | -"],
            article.Initiatives.Select(i => $"{i.Name} | {i.Objective} | {i.Timeline ?? "-"}"));
    }

    [Fact]
    public void An_initiative_named_twice_is_listed_once_with_its_fuller_row()
    {
        var article = Snippets.Extract(Lede
            + "| Initiative | description |\n|---|---|\n| Joint Drills | Drills with allies |\n"
            + "Next steps\nThe partners agreed on a timeline.\n"
            + "| Initiative | Objective | Timeline |\n|---|---|---|\n| joint drills | Train together | Annual |\n");

        var initiative = Assert.Single(article.Initiatives);
        Assert.Equal(("Joint Drills", "Train together", "Annual"), (initiative.Name, initiative.Objective, initiative.Timeline));
    }

    [Fact]
    public void Other_tables_are_kept_and_ragged_rows_survive()
    {
        var article = Snippets.Extract(Lede
            + "Metric | 2022 | 2023 |\n---|---|---|\nExercises | 3 | 5 |\nBudget | 1.5% |\n");

        Assert.Empty(article.Initiatives);
        var table = Assert.Single(article.OtherTables);
        Assert.Equal(["Metric", "2022", "2023"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("1.5%", table.Rows[1][1]);
    }
}
