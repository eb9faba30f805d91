using System.Globalization;
using BalkanMeetings.Core.Browse;
using BalkanMeetings.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Editing;

/// <summary>The person an editor means by what they typed in a person field, or what to tell them when it names none.</summary>
public sealed record PersonChoice(int? PersonId, string? Problem)
{
    private const int Suggestions = 5;

    /// <summary>
    /// Finds the one person whose name or alias is <paramref name="typed"/> (folded: case, diacritics and Cyrillic do
    /// not matter), or, written <c>#12</c>, the person with that number, for when two people share a name.
    /// </summary>
    public static async Task<PersonChoice> FindAsync(BalkanMeetingsDbContext db, string typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(typed);
        typed = typed.Trim();
        if (typed.StartsWith('#') && int.TryParse(typed.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await db.People.AnyAsync(p => p.Id == id, cancellationToken)
                ? new PersonChoice(id, null)
                : new PersonChoice(null, $"No person has the number #{id}.");
        }

        var named = await db.People.Named(typed).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        if (named.Count == 1)
        {
            return new PersonChoice(named[0].Id, null);
        }

        if (named.Count > 1)
        {
            var people = string.Join(", ", named.Select(p => $"{p.Name} (#{p.Id})"));
            return new PersonChoice(null, $"Several people are called “{typed}”: {people}. Type the number of the one you mean, as #{named[0].Id}.");
        }

        var like = await db.People.Matching(typed).OrderBy(p => p.Name).Select(p => p.Name).Take(Suggestions).ToListAsync(cancellationToken);
        return new PersonChoice(null, like.Count == 0
            ? $"No one called “{typed}” is in the database. Type a name from the list."
            : $"No one called “{typed}” is in the database. Did you mean {string.Join(" or ", like.Select(n => $"“{n}”"))}?");
    }
}
