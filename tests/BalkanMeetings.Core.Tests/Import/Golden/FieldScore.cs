using System.Globalization;

namespace BalkanMeetings.Core.Tests.Import.Golden;

/// <summary>True and false positives and false negatives for one field, summed over articles.</summary>
internal sealed class FieldScore(string field)
{
    public string Field { get; } = field;

    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    /// <summary>With nothing predicted there is nothing wrong, so precision is 1.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts two multisets of values against each other.</summary>
    public void Add(IEnumerable<string> predicted, IEnumerable<string> truth)
    {
        var remaining = truth.ToList();
        foreach (var value in predicted)
        {
            if (remaining.Remove(value))
            {
                TruePositives++;
            }
            else
            {
                FalsePositives++;
            }
        }

        FalseNegatives += remaining.Count;
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Field,-16} precision {Precision:0.000}  recall {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
