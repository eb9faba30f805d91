using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class FactCheckTests
{
    [Fact]
    public void An_office_someone_else_held_on_the_date_is_recorded_as_written_and_flagged()
    {
        var article = Snippets.Extract("NATO Secretary General Jens Stoltenberg met Prime Minister Edi Rama in Tirana on 16 December 2024.");

        Assert.Contains("Jens Stoltenberg | Secretary General | NATO", Assert.Single(article.Meetings).Participants.Select(Snippets.Describe));
        var flag = Assert.Single(article.Flags, f => f.Kind == FlagKind.RoleDoesNotFitDate);
        Assert.Equal("Stoltenberg was not Secretary General on 2024-12-16", flag.Message);
        Assert.Contains("Mark Rutte, Secretary General, NATO, 2024-10-01", flag.ReferenceRow, StringComparison.Ordinal);
        Assert.Equal("Role", flag.Field);
    }

    [Fact]
    public void An_office_the_reference_data_does_not_cover_is_not_flagged()
    {
        var article = Snippets.Extract(
            "NATO Secretary General Jens Stoltenberg met the Speaker of Parliament, Talat Xhaferi, in Skopje on 12 February 2019.");

        Assert.DoesNotContain(article.Flags, f => f.Kind == FlagKind.RoleDoesNotFitDate);
    }

    [Fact]
    public void A_month_date_is_flagged_only_when_the_office_was_not_held_at_any_time_that_month()
    {
        var fits = Snippets.Extract("NATO Secretary General Mark Rutte met Prime Minister Miloš Vučević in Belgrade in April 2025.");
        var wrong = Snippets.Extract("NATO Secretary General Mark Rutte met Prime Minister Ana Brnabić in Belgrade in April 2025.");

        Assert.DoesNotContain(fits.Flags, f => f.Kind == FlagKind.RoleDoesNotFitDate);
        Assert.Contains(wrong.Flags, f => f.Message == "Brnabić was not Prime Minister on 2025-04");
    }

    [Fact]
    public void Repaired_encoding_is_flagged()
    {
        var article = Snippets.Extract("NATO Secretary General Mark Rutte met Chair of the Presidency Denis BeÄ‡iroviÄ‡ in Sarajevo on 10 March 2026.");

        Assert.True(article.Mojibake);
        Assert.Contains("Denis Bećirović | Chair of the Presidency | Bosnia and Herzegovina", Assert.Single(article.Meetings).Participants.Select(Snippets.Describe));
        Assert.Contains(article.Flags, f => f.Kind == FlagKind.RepairedEncoding);
    }
}
