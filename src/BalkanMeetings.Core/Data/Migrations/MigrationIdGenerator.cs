using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BalkanMeetings.Core.Data.Migrations;

/// <summary>
/// Reads the ids of the hand-written migrations, <c>NNNN_Name</c>. EF's own generator expects a 14-digit
/// timestamp and throws on these ids as soon as a target migration is named (<c>MigrateAsync("0001_Initial")</c>).
/// </summary>
internal sealed partial class MigrationIdGenerator : IMigrationsIdGenerator
{
    public string GenerateId(string name) =>
        throw new NotSupportedException(
            "Migrations are written by hand: give the next one the id NNNN_Name (docs/decisions/0001-hand-written-migrations.md).");

    public string GetName(string id) => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..];

    public bool IsValidId(string value) => IdPattern().IsMatch(value);

    [GeneratedRegex("^[0-9]{4}_.+$")]
    private static partial Regex IdPattern();
}
