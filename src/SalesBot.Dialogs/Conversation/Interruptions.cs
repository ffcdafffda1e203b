using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Conversation;

/// <summary>The words that work at any point of a flow: help, cancel, back, skip, status.</summary>
internal static class Interruptions
{
    public const string Help = "help";
    public const string Cancel = "cancel";
    public const string Back = "back";
    public const string Skip = "skip";
    public const string Status = "status";

    private static readonly HashSet<string> Words = [Help, Cancel, Back, Skip, Status];

    /// <summary>The interruption word a message is, if any ("Back", "/skip", "cancel!").</summary>
    public static string? Match(string text)
    {
        var word = text.Trim().TrimStart('/').TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
        return Words.Contains(word) ? word : null;
    }

    /// <summary>The prompt waiting on top of the stack, if any.</summary>
    public static PromptOptions? ActivePrompt(DialogContext dc) =>
        dc.ActiveDialog is { Id: AnswerPrompt.DialogId } top ? AnswerPrompt.Options(top) : null;

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
            return "I asked which deal you mean.";
        }

        var left = progress.Total - progress.Current + 1;
        return left == 1
            ? $"{progress.Flow} for {progress.Prospect}: this is the last question."
            : $"{progress.Flow} for {progress.Prospect}: {left} questions to go, this one included.";
    }

    public static string HelpText(DialogContext dc)
    {
        var prompt = ActivePrompt(dc);
        var lines = new List<string> { StatusText(dc) };
        if (prompt?.Question.Tip is { Length: > 0 } tip)
        {
            lines.Add("Tip: " + tip);
        }

        if (prompt is not null)
        {
            if (prompt.Question.Wording is { Length: > 0 } wording)
            {
                lines.Add("Try: " + wording);
            }

            lines.Add("Example answer: " + AnswerRecognizer.Example(prompt.Kind, prompt.Choices));
        }

        lines.Add("Say `back` for the previous question, `skip` to move on, `status` to see where you are, `cancel` to stop (answers so far are kept). Commands like `deal <prospect>` or `deals` work too.");
        return string.Join('\n', lines);
    }

    public static string Left(DialogContext dc, IBotCommand next)
    {
        var where = ActivePrompt(dc)?.Question.Progress;
        return where is null
            ? $"Stopped the open question to run `{next.Name}`."
            : $"Left {where.Flow} for {where.Prospect} at question {where.Current} of {where.Total}; answers so far are kept.";
    }
}
