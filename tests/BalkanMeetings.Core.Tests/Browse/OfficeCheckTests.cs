using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Tests.Browse;

public sealed class OfficeCheckTests
{
    private static readonly OfficeHeld Minister = new("Minister of Foreign Affairs", "Serbia", new(2014, 4, 27), new(2020, 10, 22), null);
    private static readonly OfficeHeld Speaker = new("Speaker of Parliament", "Serbia", new(2020, 10, 22), new(2022, 8, 1), null);

    [Theory]
    [InlineData("Minister of Foreign Affairs", "Serbia")]
    [InlineData("minister of foreign affairs", "SERBIA")]
    [InlineData("Minister of Foreign-Affairs", "Serbia")]
    public void Office_matches_whatever_the_case_or_hyphens(string role, string organization)
    {
        var check = OfficeCheck.For(true, [Minister, Speaker], [Role(role, organization)], new DateOnly(2016, 3, 1), DatePrecision.Day);

        Assert.Equal(OfficeAgreement.Matches, check.Agreement);
    }

    [Fact]
    public void Date_known_to_its_month_checks_every_office_held_in_that_month()
    {
        // October 2020 saw him leave one office and take the other.
        var check = OfficeCheck.For(true, [Minister, Speaker], [Role("Prime Minister", "Serbia")], new DateOnly(2020, 10, 1), DatePrecision.Month);

        Assert.Equal(OfficeAgreement.Differs, check.Agreement);
        Assert.Equal([Minister, Speaker], check.Offices);
    }

    [Fact]
    public void Before_any_office_the_nearest_is_the_next_one()
    {
        var check = OfficeCheck.For(true, [Minister, Speaker], [Role("Minister of Foreign Affairs", "Serbia")], new DateOnly(2010, 1, 1), DatePrecision.Year);

        Assert.Equal(OfficeAgreement.NoOffice, check.Agreement);
        Assert.Equal(Minister, check.Nearest);
    }

    [Fact]
    public void After_every_office_the_nearest_is_the_last_one()
    {
        var check = OfficeCheck.For(true, [Minister, Speaker], [Role("Speaker of Parliament", "Serbia")], new DateOnly(2023, 5, 5), DatePrecision.Day);

        Assert.Equal(OfficeAgreement.NoOffice, check.Agreement);
        Assert.Equal(Speaker, check.Nearest);
    }

    [Fact]
    public void Nothing_is_checked_without_a_date_or_without_reference_offices()
    {
        Assert.Equal(OfficeAgreement.DateUnknown, OfficeCheck.For(true, [Minister], [Role("Minister", "Serbia")], null, DatePrecision.Unknown).Agreement);
        Assert.Equal(OfficeAgreement.NotInReference, OfficeCheck.For(false, [], [Role("Minister", "Serbia")], new DateOnly(2020, 1, 1), DatePrecision.Day).Agreement);
    }

    private static ParticipantRef Role(string role, string organization) => new(1, "Ivica Dačić", role, organization, ValueOrigin.Stated);
}
