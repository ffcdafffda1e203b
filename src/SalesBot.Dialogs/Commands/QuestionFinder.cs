namespace SalesBot.Dialogs.Commands;

/// <summary>
/// Finds a playbook question from a few words the user typed ("budget", "decision maker", "can pay"): the question
/// whose id is those words, else the questions whose id or text has every typed word (the last may be cut short).
/// Questions of <c>preferStepId</c> win ties, so "change deadline" inside Qualify means Qualify's deadline.
/// </summary>
internal static class QuestionFinder
{
    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "my", "their", "answer", "question", "of", "to" };

    public static IReadOnlyList<(PlaybookStep Step, Question Question)> Find(Playbook playbook, string words, string? preferStepId)
    {
        var typed = words.ToLowerInvariant().Split([' ', '-', '/', '?'], StringSplitOptions.RemoveEmptyEntries).Where(w => !Filler.Contains(w)).ToArray();
        if (typed.Length == 0)
        {
            return [];
        }

        var all = playbook.Steps.SelectMany(s => s.Questions.Select(q => (Step: s, Question: q))).ToList();
        var id = string.Join('-', typed);
        var byId = all.Where(x => string.Equals(x.Question.Id, id, StringComparison.OrdinalIgnoreCase)).ToList();
        var found = byId.Count > 0 ? byId : all.Where(x => HasAll(Vocabulary(x.Question), typed)).ToList();
        var preferred = found.Where(x => x.Step.Id == preferStepId).ToList();
        return preferred.Count > 0 ? preferred : found;
    }

    private static string[] Vocabulary(Question question) =>
        question.Id.Split('-').Concat(question.Text.ToLowerInvariant().Split([' ', '-', '?', ',', '.', '"', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)).ToArray();

    private static bool HasAll(string[] vocabulary, string[] typed) =>
        typed.All(t => vocabulary.Any(v => v.Equals(t, StringComparison.OrdinalIgnoreCase) || (t.Length >= 4 && v.StartsWith(t, StringComparison.OrdinalIgnoreCase))));
}
