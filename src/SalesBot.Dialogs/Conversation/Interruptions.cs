using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Flows;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Conversation;

/// <summary>The words that work at any point of a flow: help, cancel, back, skip, status.</summary>
internal static partial class Interruptions
{
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Status = "status";

    /// <summary>Each interruption's words in every language ("назад", "pomiń"), to the English word.</summary>
    private static readonly Dictionary<string, string> Words = BuildWords();

    /// <summary>The interruption word a message is, if any ("Back", "/skip", "cancel!", "назад"), as the English word.</summary>
    public static string? Match(string text)
    {
        var word = text.Trim().TrimStart('/').TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
        return Words.GetValueOrDefault(word);
    }

    private static Dictionary<string, string> BuildWords()
    {
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var english in (string[])[Help, Cancel, Back, Skip, Status])
        {
            words[english] = english;
            foreach (var word in Localization.CommandWords.All(english))
            {
                words.TryAdd(word, english);
            }
        }

        return words;
    }

    /// <summary>"go to question 5", "question 5", "q5": the question number a message jumps to, if it is one.</summary>
    public static int? GoTo(string text)
    {
        var match = GoToPattern().Match(text.Trim());
        return match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>The deal and step of the innermost question loop on the stack.</summary>
    public static QuestionLoopOptions? OpenFlow(DialogContext dc) =>
        dc.Stack.Entries.Reverse().Select(QuestionLoopDialog.OptionsOf).FirstOrDefault(o => o is not null);

    /// <summary>
    /// Inside a free-text question a message is taken as a command only when it is one exactly: a command word alone
    /// ("deals", "export"), a command word with the exact name of a deal ("deal Acme Corp", "qualify Acme Corp [history]"),
    /// or a change that names a question ("change budget to 4500"). Anything else is the answer.
    /// </summary>
    public static bool IsExactCommand(IBotCommand command, string arguments, IReadOnlyList<Core.Deals.Deal> deals, Playbook playbook)
    {
        var rest = arguments.Trim();
        if (rest.Length == 0)
        {
            return !command.Usage.Contains('<', StringComparison.Ordinal);
        }

        if (command.Name == "change")
        {
            var to = rest.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
            return to > 0 && QuestionFinder.Find(playbook, rest[..to], null).Count > 0;
        }

        var name = rest.EndsWith(" history", StringComparison.OrdinalIgnoreCase) ? rest[..^" history".Length] : rest;
        var wanted = ProspectName.Normalize(name);
        return deals.Any(d => string.Equals(ProspectName.Normalize(d.Prospect), wanted, StringComparison.OrdinalIgnoreCase));
    }

    private const string UnsureKey = "unsureCommand";

    /// <summary>
    /// Inside a free-text question, a command word followed by part of one deal's name ("deal acme" for "Acme Corp") may be
    /// the command or the answer: the bot asks, with the command as a button, and takes the same text sent again as the answer.
    /// </summary>
    public static bool AskIfCommand(DialogContext dc, IBotCommand command, string arguments, string text, IReadOnlyList<Core.Deals.Deal> deals)
    {
        if (ActivePrompt(dc) is not { Kind: AnswerKind.Text } || dc.ActiveDialog is not { } prompt || arguments.Trim().Length == 0)
        {
            return false;
        }

        if (prompt.State[UnsureKey]?.GetValue<string>() == text)
        {
            prompt.State.Remove(UnsureKey);
            return false;
        }

        var rest = arguments.Trim();
        var history = command.Name == "deal" && rest.EndsWith(" history", StringComparison.OrdinalIgnoreCase);
        var name = history ? rest[..^" history".Length] : rest;
        if (!command.Usage.Contains("<prospect>", StringComparison.Ordinal) || ProspectResolver.Match(deals, name).Deal is not { } deal)
        {
            return false;
        }

        var meant = $"{command.Name} {Quote.Name(deal.Prospect)}{(history ? " history" : "")}";
        prompt.State[UnsureKey] = text;
        dc.Context.Send(new Core.Conversations.QuestionReply(
            Localization.Strings.Format("Flow.AnswerOrCommand", meant),
            null, [Core.Conversations.Choice.Of(meant)], null, null, null));
        return true;
    }

    /// <summary>The user answered the "answer or command?" question with the command: a later same text is asked about again.</summary>
    public static void ForgetUnsure(DialogContext dc) => dc.ActiveDialog?.State.Remove(UnsureKey);

    /// <summary>The prompt waiting on top of the stack, if any.</summary>
    public static PromptOptions? ActivePrompt(DialogContext dc) =>
        dc.ActiveDialog is { Id: AnswerPrompt.DialogId } top ? AnswerPrompt.Options(top) : null;

    /// <summary>The open question (other than free text) can read the message as its answer: "next friday" is a date, not the next command.</summary>
    public static bool ReadsAsAnswer(DialogContext dc, string text)
    {
        if (ActivePrompt(dc) is not { } prompt || prompt.Kind == AnswerKind.Text)
        {
            return false;
        }

        var today = DateOnly.FromDateTime(dc.Context.Time.GetUtcNow().UtcDateTime);
        return AnswerRecognizer.Recognize(prompt, text, today, dc.Context.Turn.Locale).Succeeded;
    }

    /// <summary>A typed command interrupts a question only where no answer could start with a command word.</summary>
    public static bool CommandsInterrupt(DialogContext dc) => ActivePrompt(dc) is not { Kind: AnswerKind.Text };

    /// <summary>
    /// Where the user is, in words the re-asked question below it does not repeat (it carries its own "Question 3 of 10"
    /// line): how many questions are left in the step, this one included.
    /// </summary>
    public static string StatusText(DialogContext dc)
    {
        if (ActivePrompt(dc)?.Question.Progress is not { } progress)
        {
            return Localization.Strings.Get("Flow.AskedWhichDeal");
        }

        var left = progress.Total - progress.Current + 1;
        return left == 1
            ? Localization.Strings.Format("Flow.LastQuestion", progress.Flow, Core.Conversations.UserText.Escape(progress.Prospect))
            : Localization.Strings.Format("Flow.QuestionsLeft", progress.Flow, Core.Conversations.UserText.Escape(progress.Prospect), left);
    }

    public static string HelpText(DialogContext dc)
    {
        var prompt = ActivePrompt(dc);
        var lines = new List<string> { StatusText(dc) };
        if (prompt?.Question.Tip is { Length: > 0 } tip)
        {
            lines.Add(Localization.Strings.Format("Render.Tip", tip));
        }

        if (prompt is not null)
        {
            if (prompt.Question.Wording is { Length: > 0 } wording)
            {
                lines.Add(Localization.Strings.Format("Render.Try", wording));
            }

            lines.Add(Localization.Strings.Format("Flow.ExampleAnswer", ExampleAnswer(prompt)));
        }

        lines.Add(Localization.Strings.Get("Flow.Help"));
        return string.Join('\n', lines);
    }

    /// <summary>An example that fits any question of the kind: yes/no examples name no reason of their own.</summary>
    private static string ExampleAnswer(PromptOptions prompt) => prompt.Kind switch
    {
        AnswerKind.YesNo => Localization.Strings.Get("Flow.ExampleYesNo"),
        AnswerKind.Choice when prompt.Choices.Count > 0 => Localization.Strings.Format("Flow.ExampleChoice", string.Join(", ", prompt.Choices.Select(c => c.Title))),
        _ => AnswerRecognizer.Example(prompt.Kind, prompt.Choices),
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^/?(?:(?:please\s+)?(?:go|jump|back|skip)\s*(?:back\s+)?to\s+)?(?:question|q)\s*#?\s*(\d{1,3})[.!]?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex GoToPattern();

    public static string Left(DialogContext dc, IBotCommand next)
    {
        var where = ActivePrompt(dc)?.Question.Progress;
        return where is null
            ? Localization.Strings.Format("Flow.Stopped", next.Name)
            : Localization.Strings.Format("Flow.Left", where.Flow, Core.Conversations.UserText.Escape(where.Prospect), where.Current, where.Total);
    }
}
