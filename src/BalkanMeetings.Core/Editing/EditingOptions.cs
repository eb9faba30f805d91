namespace BalkanMeetings.Core.Editing;

/// <summary>Settings of the save path, from the <c>Editing</c> section of the configuration (docs/editing.md#how-saves-work).</summary>
public sealed class EditingOptions
{
    public const string Section = "Editing";

    /// <summary>
    /// How long a save waits for the database while another write (an import's transaction) holds it, before it
    /// answers that nothing was saved and to try again.
    /// </summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(10);
}
