using System.Text;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>"help" lists the commands; "help log" explains one.</summary>
internal sealed class HelpCommand : IBotCommand
{
    private readonly Lazy<CommandRouter> _router;

    public HelpCommand(Lazy<CommandRouter> router) => _router = router;

    public string Name => "help";

    public IReadOnlyList<string> Aliases => ["?", "commands"];

    public string Usage => "help [command]";

    public string Summary => "What I can do.";

    public bool StartsFlow => false;

    public Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var word = ArgumentText.FirstWord(arguments).Word;
        if (word.Length > 0 && _router.Value.Find(word) is { } command)
        {
            dc.Context.Send($"`{command.Usage}`: {command.Summary}");
        }
        else
        {
            dc.Context.Send(FullHelp(_router.Value));
        }

        return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete));
    }

    public static string FullHelp(CommandRouter router)
    {
        var text = new StringBuilder("I coach you through a sale, one question at a time, and keep every answer.\n");
        text.Append("**The process:** ");
        text.AppendJoin(" → ", router.Commands.Where(c => c.StartsFlow).Select(c => c.Name)).Append('\n');
        foreach (var command in router.Commands)
        {
            text.Append("- `").Append(command.Usage).Append("`: ").Append(command.Summary).Append('\n');
        }

        text.Append("While answering: `back`, `skip`, `status`, `help`, `cancel`.");
        return text.ToString();
    }

    /// <summary>The short help shown for words that are not commands.</summary>
    public static string ShortHelp(string text) =>
        $"I don't know \"{Truncate(text)}\". Try `qualify <prospect>`, `deal <prospect>`, `deals`, or `help` for everything.";

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
