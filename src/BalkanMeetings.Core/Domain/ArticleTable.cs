namespace BalkanMeetings.Core.Domain;

/// <summary>A table of an article that is not an initiative table, kept to be shown beside the record.</summary>
public sealed class ArticleTable
{
    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>Order of the table in the article, from 0.</summary>
    public int Position { get; set; }

    public List<string> Header { get; set; } = [];

    /// <summary>Rows as JSON arrays of cells (rows may be ragged).</summary>
    public required string RowsJson { get; set; }
}
