namespace BalkanMeetings.Core.Import.Extraction;

/// <summary>
/// Lookups by position in lists kept in text order (date phrases, places), by binary search: the rules look things up
/// for every sentence and many words, and a scan of the whole list each time would make a long article cost the square
/// of its length.
/// </summary>
public static class TextOrder
{
    /// <summary>
    /// The items whose key is at least <paramref name="from"/> and less than <paramref name="before"/>, in order; the
    /// key must not decrease along the list.
    /// </summary>
    public static IEnumerable<T> Between<T>(IReadOnlyList<T> items, int from, int before, Func<T, int> key)
    {
        for (var k = FirstAtOrAfter(items, from, key); k < items.Count && key(items[k]) < before; k++)
        {
            yield return items[k];
        }
    }

    /// <summary>The last item whose key is at most <paramref name="value"/>, if any.</summary>
    public static T? LastAtOrBefore<T>(IReadOnlyList<T> items, int value, Func<T, int> key)
        where T : class
    {
        var k = FirstAtOrAfter(items, value + 1, key) - 1;
        return k >= 0 ? items[k] : null;
    }

    /// <summary>The span of a text-ordered list of spans that do not overlap (quotations) holding start..end, if any.</summary>
    public static TextSpan? Enclosing(IReadOnlyList<TextSpan> spans, int start, int end)
    {
        var k = FirstAtOrAfter(spans, start + 1, s => s.Start) - 1;
        return k >= 0 && spans[k].End >= end ? spans[k] : null;
    }

    /// <summary>The index of the first item whose key is at least <paramref name="value"/>, or the count if none is.</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int value, Func<T, int> key)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (key(items[middle]) < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
