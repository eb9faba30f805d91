using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import;

namespace BalkanMeetings.Core.Browse;

/// <summary>Finding people by a name as a reader types it.</summary>
public static class PersonNames
{
    /// <summary>
    /// People whose name or an alias contains <paramref name="name"/>, both folded: no diacritics, Cyrillic read as
    /// Latin, so <c>Vucic</c>, <c>Vučić</c> and <c>Вучић</c> find the same person.
    /// </summary>
    public static IQueryable<Person> Matching(this IQueryable<Person> people, string name)
    {
        var key = ImportCatalog.PersonKey(name);
        return StoredText.MayMatch(key)
            ? people.Where(p => p.SearchKey.Contains(key) || p.Aliases.Any(a => a.SearchKey.Contains(key)))
            : people.Where(_ => false);
    }

    /// <summary>People whose name or an alias is <paramref name="name"/>, folded the same way: the person an editor means.</summary>
    public static IQueryable<Person> Named(this IQueryable<Person> people, string name)
    {
        var key = ImportCatalog.PersonKey(name);
        return StoredText.MayMatch(key)
            ? people.Where(p => p.SearchKey == key || p.Aliases.Any(a => a.SearchKey == key))
            : people.Where(_ => false);
    }
}
