namespace SalesBot.Dialogs.Prompts;

/// <summary>The outcome of reading an answer: a normalized value and an optional note, or why it could not be read.</summary>
public sealed record Recognition(bool Succeeded, string Value, string? Note, string? Error)
{
    public static Recognition Ok(string value, string? note = null) =>
        new(true, value, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), null);

    public static Recognition Fail(string error) => new(false, "", null, error);
}
