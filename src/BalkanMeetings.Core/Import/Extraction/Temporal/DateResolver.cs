using System.Globalization;
using BalkanMeetings.Core.Domain;

namespace BalkanMeetings.Core.Import.Extraction.Temporal;

/// <summary>A date the article's relative phrases are read against, and where it came from.</summary>
public sealed record DateAnchor(DateValue Value, string Source, TextSpan? Span)
{
    public string Describe() => $"{Source} {Value}";
}

/// <summary>Whether a phrase speaks of what has happened or of what is to come; weekdays look back or ahead.</summary>
public enum TimeDirection
{
    Past,
    Future,
}

/// <summary>
/// Gives relative and partial date phrases their dates against an anchor (docs/import.md#temporal): a weekday is the
/// one inside an anchor's run of days, else the nearest one before (or, for what is announced, after) the anchor day;
/// a day and month without a year take the year that puts them there too.
/// </summary>
public static class DateResolver
{
    private const int NearFuture = 31;

    public static DateExpression Resolve(DateExpression expression, DateAnchor? anchor, TimeDirection direction)
    {
        ArgumentNullException.ThrowIfNull(expression);
        if (expression.Value is not null || anchor is null || expression.Kind == DateExpressionKind.FollowingDay)
        {
            return expression;
        }

        var value = expression.Kind switch
        {
            DateExpressionKind.Yearless => Yearless(expression, anchor.Value, direction),
            DateExpressionKind.Weekday => Weekday(expression, anchor.Value, direction),
            DateExpressionKind.DayOfMonth => DayOfMonth(expression, anchor.Value, direction),
            DateExpressionKind.RelativeDay => anchor.Value.IsSingleDay ? DateValue.Day(anchor.Value.From.AddDays(expression.Offset)) : null,
            DateExpressionKind.RelativePeriod => Period(expression, anchor.Value),
            _ => null,
        };
        var extent = expression is { Kind: DateExpressionKind.RelativePeriod, Unit: PeriodUnit.Week } && anchor.Value.IsSingleDay ? Week(anchor.Value.From, expression.Offset) : (DateValue?)null;
        return value is null ? expression : expression with { Value = value, Extent = extent, Anchor = anchor.Describe() };
    }

    /// <summary>A day counted from the encounter reported before (<c>the next day</c>).</summary>
    public static DateExpression FollowOn(DateExpression expression, DateValue previous)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Kind != DateExpressionKind.FollowingDay || !previous.IsSingleDay
            ? expression
            : expression with { Value = DateValue.Day(previous.From.AddDays(expression.Offset)), Anchor = "the encounter before " + previous };
    }

    private static DateValue? Yearless(DateExpression e, DateValue anchor, TimeDirection direction)
    {
        var candidates = new[] { anchor.From.Year - 1, anchor.From.Year, anchor.To.Year, anchor.To.Year + 1 }
            .Distinct()
            .Select(year => Candidate(e, year))
            .OfType<DateValue>()
            .ToList();
        // "last May" is the May before the anchor's month, "next March" the one after it.
        if (e.Offset != 0)
        {
            return e.Offset < 0
                ? candidates.Where(c => c.To < anchor.From).Select(c => (DateValue?)c).LastOrDefault()
                : candidates.Where(c => c.From > anchor.To).Select(c => (DateValue?)c).FirstOrDefault();
        }

        var inside = candidates.Where(c => c.Overlaps(anchor)).ToList();
        if (inside.Count > 0)
        {
            return inside[0];
        }

        var before = candidates.Where(c => c.From <= anchor.To).Select(c => (DateValue?)c).LastOrDefault();
        var after = candidates.Where(c => c.To >= anchor.From).Select(c => (DateValue?)c).FirstOrDefault();

        // A report looks back, unless the day is a few weeks ahead and a year back is far ("would vote on Dec. 14").
        if (direction == TimeDirection.Past && after is { } soon && soon.From.DayNumber - anchor.To.DayNumber <= NearFuture
            && (before is not { } earlier || anchor.From.DayNumber - earlier.To.DayNumber > NearFuture))
        {
            return soon;
        }

        return direction == TimeDirection.Past ? before : after;
    }

    private static DateValue? Candidate(DateExpression e, int year)
    {
        if (e.Day == 0)
        {
            return DateValue.Month(year, e.Month);
        }

        if (e.Day > DateTime.DaysInMonth(year, e.Month))
        {
            return null;
        }

        var from = new DateOnly(year, e.Month, e.Day);
        if (e.EndDay == 0)
        {
            return DateValue.Day(from);
        }

        var endYear = e.EndMonth < e.Month ? year + 1 : year;
        return e.EndDay > DateTime.DaysInMonth(endYear, e.EndMonth) ? null : DateValue.Days(from, new DateOnly(endYear, e.EndMonth, e.EndDay));
    }

    private static DateValue? Weekday(DateExpression e, DateValue anchor, TimeDirection direction)
    {
        if (anchor.Precision != DatePrecision.Day || e.Weekday is not { } weekday)
        {
            return null;
        }

        if (anchor.IsRange)
        {
            // A diary or digest covering some days: the weekday is the one among them.
            for (var day = anchor.From; day <= anchor.To; day = day.AddDays(1))
            {
                if (day.DayOfWeek == weekday)
                {
                    return DateValue.Day(day);
                }
            }

            return null;
        }

        var on = anchor.From;
        var back = ((int)on.DayOfWeek - (int)weekday + 7) % 7;
        var ahead = ((int)weekday - (int)on.DayOfWeek + 7) % 7;
        var days = e.Offset switch
        {
            < 0 => -(back == 0 ? 7 : back),
            > 0 => ahead == 0 ? 7 : ahead,
            _ => direction == TimeDirection.Past ? -back : ahead,
        };
        return DateValue.Day(on.AddDays(days));
    }

    // In the anchor's month; a report's day after the anchor's day is last month's, an announcement's before it next month's.
    private static DateValue? DayOfMonth(DateExpression e, DateValue anchor, TimeDirection direction)
    {
        if (anchor.Precision is not (DatePrecision.Day or DatePrecision.Month))
        {
            return null;
        }

        var month = new DateOnly(anchor.From.Year, anchor.From.Month, 1);
        if (anchor.Precision == DatePrecision.Day && anchor.IsSingleDay)
        {
            month = direction == TimeDirection.Past && e.Day > anchor.From.Day ? month.AddMonths(-1)
                : direction == TimeDirection.Future && e.Day < anchor.From.Day ? month.AddMonths(1)
                : month;
        }

        return e.Day > DateTime.DaysInMonth(month.Year, month.Month) ? null : DateValue.Day(month.AddDays(e.Day - 1));
    }

    // The Monday-to-Sunday week the given number of weeks from the day's own.
    private static DateValue Week(DateOnly day, int offset)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7)).AddDays(7 * offset);
        return DateValue.Days(monday, monday.AddDays(6));
    }

    private static DateValue? Period(DateExpression e, DateValue anchor)
    {
        switch (e.Unit)
        {
            case PeriodUnit.Week when anchor.IsSingleDay:
                var week = Week(anchor.From, e.Offset);
                return DateValue.Covering(week.From, week.To);
            case PeriodUnit.Month when anchor.Precision is DatePrecision.Day or DatePrecision.Month:
                var month = anchor.From.AddMonths(e.Offset);
                return DateValue.Month(month.Year, month.Month);
            case PeriodUnit.Year:
                return DateValue.Year(anchor.From.Year + e.Offset);
            default:
                return null;
        }
    }

    /// <summary>The expression's date as the truth files write it, or "unresolved".</summary>
    public static string Describe(DateExpression expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Value?.ToString() ?? string.Create(CultureInfo.InvariantCulture, $"unresolved {expression.Kind}");
    }
}
