namespace SalesBot.Dialogs.Prompts;

/// <summary>Separates an answer from a note that follows it: "no - they use in-house staff".</summary>
internal static class NoteSplitter
{
    private static readonly char[] Separators = ['-', '–', '—', ',', ':', ';', '.', '!', '(', ')'];

    /// <summary>The note after <paramref name="consumed"/> characters, without leading separators; null when none.</summary>
    public static string? NoteAfter(string text, int consumed)
    {
        var rest = text[consumed..].Trim().TrimStart(Separators).Trim().TrimEnd(')').Trim();
        return rest.Length == 0 ? null : rest;
    }
}
