namespace SalesBot.Dialogs.Prompts;

/// <summary>Separates an answer from a note that follows it: "no - they use in-house staff". The note is kept verbatim.</summary>
internal static class NoteSplitter
{
    private static readonly char[] Separators = ['-', '–', '—', ',', ':', ';', '.', '!', '('];

    /// <summary>
    /// The note after <paramref name="consumed"/> characters, without leading separators; null when none.
    /// Only a closing parenthesis that pairs with an opening one before the note is dropped ("yes (the owner)").
    /// </summary>
    public static string? NoteAfter(string text, int consumed)
    {
        var after = text[consumed..].Trim();
        var rest = after.TrimStart(Separators).Trim();
        var opened = after.Length - rest.Length > 0 && after[..(after.Length - rest.Length)].Contains('(', StringComparison.Ordinal);
        if (opened && rest.EndsWith(')') && rest.Count(c => c == ')') > rest.Count(c => c == '('))
        {
            rest = rest[..^1].Trim();
        }

        return rest.Length == 0 ? null : rest;
    }
}
