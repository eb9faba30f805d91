namespace BalkanMeetings.Core.Import;

/// <summary>An article that cannot be imported, with a reason a person can act on.</summary>
public sealed class BadArticleException : Exception
{
    public BadArticleException()
    {
    }

    public BadArticleException(string message)
        : base(message)
    {
    }

    public BadArticleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
