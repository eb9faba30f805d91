using BalkanMeetings.Core.Reference;

namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Whom a person or office acts for: NATO for a NATO office, else the country the text ties the office to, else the
/// country of the person's offices in the reference data. See docs/import.md#participants.
/// </summary>
internal static class Organisation
{
    public static string? Of(ArticleContext context, Party party) =>
        party.Person is { } person ? OfPerson(context, person, party.Office ?? person.Office) : party.Office?.Organization;

    public static string? OfPerson(ArticleContext context, PersonInArticle person, OfficeMention? office)
    {
        if (office is { Organization: { } stated })
        {
            return stated;
        }

        var terms = context.Reference.OfficesOf(person.Name);
        var notable = context.Reference.NotableOffice(person.Name);
        if (office is not null)
        {
            return terms.FirstOrDefault(o => o.Title == office.Title)?.Organization
                ?? (notable is not null && (notable.Office == office.Title || !office.IsNato) ? notable.Organization : null)
                ?? terms.FirstOrDefault(o => context.Reference.IsWesternBalkans(o.Organization))?.Organization;
        }

        return terms.OrderByDescending(o => o.Start).FirstOrDefault()?.Organization ?? notable?.Organization;
    }

    // A national office with no country named ("the Prime Minister") is one of the six in an article about them.
    public static bool IsWesternBalkans(ArticleContext context, Party party) =>
        Of(context, party) is { } organisation ? context.Reference.IsWesternBalkans(organisation)
        : party is { Person: null, Office.IsNato: false } && Countries.MostNamed(context) is not null;

    public static bool IsNato(ArticleContext context, Party party) => Of(context, party) == ReferenceIndex.Nato;
}
