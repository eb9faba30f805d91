namespace BalkanMeetings.Bench.Corpus;

/// <summary>Small helpers over <see cref="Random"/>; every choice an article makes goes through its own instance.</summary>
internal static class RandomExtensions
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>An integer from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public static int Between(this Random random, int min, int max) => random.Next(min, max + 1);

    /// <summary><paramref name="count"/> distinct items in random order (all of them when there are fewer).</summary>
    public static List<T> PickSome<T>(this Random random, IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        var taken = Math.Min(count, copy.Count);
        for (var i = 0; i < taken; i++)
        {
            var j = random.Next(i, copy.Count);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy.GetRange(0, taken);
    }

    /// <summary>Picks by weight; the weights need not add up to one.</summary>
    public static T Weighted<T>(this Random random, IReadOnlyList<(T Item, double Weight)> choices)
    {
        var roll = random.NextDouble() * choices.Sum(c => c.Weight);
        foreach (var (item, weight) in choices)
        {
            roll -= weight;
            if (roll < 0)
            {
                return item;
            }
        }

        return choices[^1].Item;
    }
}
