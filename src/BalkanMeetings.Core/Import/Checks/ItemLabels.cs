using System.Globalization;
using BalkanMeetings.Core.Data;
using BalkanMeetings.Core.Editing;
using Microsoft.EntityFrameworkCore;

namespace BalkanMeetings.Core.Import.Checks;

/// <summary>Names for the items of a list a flag message mentions.</summary>
internal sealed class ItemLabels(BalkanMeetingsDbContext db, ImportCatalog catalog)
{
    public async Task<List<string>> NameAsync(string field, IEnumerable<string> items, CancellationToken cancellationToken)
    {
        var list = items.ToList();
        if (field == MeetingRecord.Countries)
        {
            return list.Select(code => catalog.CountryName(code) ?? code).ToList();
        }

        var ids = MeetingRecord.ReadIds(string.Join(',', list));
        if (field == MeetingRecord.Topics)
        {
            return ids.Select(id => catalog.TopicName(id) ?? Id(id)).ToList();
        }

        var names = ids.Count == 0
            ? []
            : await db.Initiatives.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken);
        return ids.Select(id => names.GetValueOrDefault(id) ?? Id(id)).ToList();
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
