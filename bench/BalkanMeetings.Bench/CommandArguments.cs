using System.Globalization;

namespace BalkanMeetings.Bench;

/// <summary>
/// The <c>--name value</c> options of one command. Each command reads the options it knows and then calls
/// <see cref="EnsureAllRead"/>, so a misspelt option fails instead of being ignored.
/// </summary>
internal sealed class CommandArguments
{
    /// <summary>Where the commands find the reference data when run from the repository root.</summary>
    public const string DefaultReferenceFolder = "seeds/reference";

    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CommandArguments(Dictionary<string, string> values) => _values = values;

    public static CommandArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || name.Length == 2)
            {
                throw new CommandLineException($"Expected an option such as --count, found '{name}'.");
            }

            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"Option {name} needs a value.");
            }

            if (!values.TryAdd(name[2..], args[i + 1]))
            {
                throw new CommandLineException($"Option {name} is given twice.");
            }
        }

        return new CommandArguments(values);
    }

    public string? String(string name)
    {
        _read.Add(name);
        return _values.GetValueOrDefault(name);
    }

    public string RequiredString(string name) =>
        String(name) ?? throw new CommandLineException($"Option --{name} is required.");

    public int? Int(string name)
    {
        var text = String(name);
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new CommandLineException($"Option --{name} expects a whole number, not '{text}'.");
    }

    public int RequiredInt(string name) =>
        Int(name) ?? throw new CommandLineException($"Option --{name} is required.");

    public void EnsureAllRead()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new CommandLineException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }
    }
}

/// <summary>A mistake in the command line: reported with the usage text and exit code 2.</summary>
internal sealed class CommandLineException(string message) : Exception(message);
