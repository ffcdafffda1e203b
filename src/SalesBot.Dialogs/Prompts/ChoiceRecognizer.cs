namespace SalesBot.Dialogs.Prompts;

/// <summary>Reads one of the choices: by id, by title, by its number in the list, or by a unique start of the title.</summary>
internal static class ChoiceRecognizer
{
    public static Recognition Recognize(string text, IReadOnlyList<ChoiceOption> choices)
    {
        var trimmed = text.Trim();
        if (int.TryParse(trimmed, out var number) && number >= 1 && number <= choices.Count)
        {
            return Recognition.Ok(choices[number - 1].Id);
        }

        // Longest id or title the answer starts with, so that "not good - rude" matches "not good", not "no".
        var candidates = choices
            .SelectMany(c => new[] { (Choice: c, Word: c.Id), (Choice: c, Word: c.Title) })
            .Where(x => StartsWithWord(trimmed, x.Word))
            .OrderByDescending(x => x.Word.Length)
            .ToList();
        if (candidates.Count > 0)
        {
            var best = candidates[0];
            return Recognition.Ok(best.Choice.Id, NoteSplitter.NoteAfter(trimmed, best.Word.Length));
        }

        var prefixed = choices.Where(c => c.Title.StartsWith(trimmed, StringComparison.OrdinalIgnoreCase)).ToList();
        if (trimmed.Length > 0 && prefixed.Count == 1)
        {
            return Recognition.Ok(prefixed[0].Id);
        }

        return Recognition.Fail(Localization.Strings.Format("Retry.Choice", string.Join(", ", choices.Select(c => c.Title))));
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && (text.Length == word.Length || !char.IsLetterOrDigit(text[word.Length]));
}
