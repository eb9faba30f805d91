using System.Text.Encodings.Web;
using System.Text.Json;
using BalkanMeetings.Core.Domain;
using BalkanMeetings.Core.Import.Extraction;

namespace BalkanMeetings.Core.Import;

/// <summary>
/// Writes extracted articles in the shape of the hand-made truth files (../shared/corpus), so extraction can be
/// scored against them. See docs/import.md#extract-json.
/// </summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IEnumerable<ExtractedArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var writer = new Utf8JsonWriter(output, Options);
        writer.WriteStartArray();
        foreach (var article in articles)
        {
            WriteArticle(writer, article);
        }

        writer.WriteEndArray();
    }

    private static void WriteArticle(Utf8JsonWriter writer, ExtractedArticle article)
    {
        writer.WriteStartObject();
        writer.WriteString("file", article.FileName);
        writer.WriteStartArray("meetings");
        foreach (var meeting in article.Meetings)
        {
            writer.WriteStartObject();
            WriteNullable(writer, "date", PartialDate.Iso(meeting.Date, meeting.DatePrecision));
            WriteNullable(writer, "location_city", meeting.City);
            writer.WriteStartArray("countries");
            foreach (var country in meeting.Countries)
            {
                writer.WriteStringValue(country);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("participants");
            foreach (var participant in meeting.Participants)
            {
                writer.WriteStartObject();

                // The truth records only names the article gives; an identified office holder is reported apart.
                WriteNullable(writer, "name", participant.NameOrigin == ValueOrigin.Stated ? participant.Name : null);
                writer.WriteString("role", participant.Role);
                writer.WriteString("organization", participant.Organization);
                if (participant.NameOrigin == ValueOrigin.Inferred && participant.Name is not null)
                {
                    writer.WriteString("inferred_name", participant.Name);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("status", meeting.Status == MeetingStatus.Planned ? "planned" : "held");
            writer.WriteString("kind", meeting.Kind.ToString().ToLowerInvariant());
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("topics");
        foreach (var topic in article.Topics)
        {
            writer.WriteStringValue(topic.Name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("initiatives");
        foreach (var initiative in article.Initiatives)
        {
            writer.WriteStartObject();
            writer.WriteString("name", initiative.Name);
            WriteNullable(writer, "objective", initiative.Objective);
            WriteNullable(writer, "timeline", initiative.Timeline);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("inconsistencies");
        foreach (var flag in article.Flags.Where(f => f.Kind == FlagKind.RoleDoesNotFitDate))
        {
            writer.WriteStringValue(flag.Message);
        }

        writer.WriteEndArray();
        writer.WriteBoolean("mojibake", article.Mojibake);
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
