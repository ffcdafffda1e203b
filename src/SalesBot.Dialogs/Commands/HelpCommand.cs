using System.Text;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Dialogs.Commands;

/// <summary>"help" lists the commands in the user's language, with that language's own command words; "help log" explains one.</summary>
internal sealed class HelpCommand(Lazy<CommandRouter> router) : BotCommand("help", "help [command]", "What I can do.", "?", "commands")
{
    public override Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var word = ArgumentText.FirstWord(arguments).Word;
        if (word.Length > 0 && router.Value.Find(word) is { } command)
        {
            dc.Context.Send($"`{LocalUsage(command)}`: {LocalSummary(command, dc.Context.Playbook)}");
        }
        else
        {
            dc.Context.Send(FullHelp(router.Value, dc.Context.Playbook));
        }

        return Task.FromResult(Done);
    }

    /// <summary>Every command, in the current language; outside English each line also names the English word.</summary>
    public static string FullHelp(CommandRouter router, Playbook playbook)
    {
        var english = BotCulture.Current == PlaybookLanguages.English;
        var text = new StringBuilder(Strings.Get("Help.Intro")).Append('\n');
        text.Append("**").Append(Strings.Get("Help.Process")).Append("** ");
        text.AppendJoin(" → ", router.Commands.Where(c => c.StartsFlow).Select(c => CommandWords.Local(c.Name))).Append('\n');
        foreach (var command in router.Commands)
        {
            text.Append("- `").Append(LocalUsage(command)).Append('`');
            if (!english && CommandWords.Local(command.Name) != command.Name)
            {
                text.Append(" (").Append(Strings.Format("Help.EnglishWord", command.Name)).Append(')');
            }

            text.Append(": ").Append(LocalSummary(command, playbook)).Append('\n');
        }

        text.Append(Strings.Get("Help.WhileAnswering"));
        return text.ToString();
    }

    /// <summary>The short help shown for words that are not commands.</summary>
    public static string ShortHelp(string text) => Strings.Format("Help.Short", Truncate(text));

    private static string LocalUsage(IBotCommand command) => CommandWords.LocalUsage(command.Name, command.Usage);

    /// <summary>The command's summary in the current language; a step's comes from the user's playbook.</summary>
    private static string LocalSummary(IBotCommand command, Playbook playbook)
    {
        if (command.StartsFlow && playbook.FindStep(command.Name) is { } step)
        {
            return StepCommand.Describe(step);
        }

        return Strings.Text.Find("Summary." + command.Name) ?? command.Summary;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
