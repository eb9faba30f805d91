namespace BalkanMeetings.Core.Browse;

/// <summary>How the topic and initiative lists are ordered: most meetings first, or alphabetically.</summary>
public enum ListOrder
{
    ByCount = 0,
    ByName = 1,
}
