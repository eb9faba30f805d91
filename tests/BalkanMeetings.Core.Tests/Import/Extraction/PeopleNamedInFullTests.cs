using BalkanMeetings.Core.Import.Extraction.Rules;

namespace BalkanMeetings.Core.Tests.Import.Extraction;

public sealed class PeopleNamedInFullTests
{
    [Fact]
    public void A_surname_stands_for_the_first_person_named_with_it_and_counts_them_all()
    {
        var people = new PeopleNamedInFull(["Goran Rakić", "Enrico Barduani", "Dragan Rakić"], Snippets.ReferenceIndex);

        Assert.Equal(("Goran Rakić", 2), people.WithSurname("rakic"));
        Assert.Equal(("Enrico Barduani", 1), people.WithSurname("barduani"));
    }

    [Fact]
    public void A_given_name_or_a_word_of_another_length_stands_for_no_one()
    {
        var people = new PeopleNamedInFull(["Enrico Barduani"], Snippets.ReferenceIndex);

        Assert.Equal((null, 0), people.WithSurname("enrico"));
        Assert.Equal((null, 0), people.WithSurname("barduanis"));
        Assert.Equal((null, 0), people.WithSurname("barduana"));
    }
}
