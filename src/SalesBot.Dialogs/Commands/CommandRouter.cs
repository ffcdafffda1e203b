using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Commands;

/// <summary>Maps the first word of a message to a command; the playbook's steps become commands too.</summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, IBotCommand> _byWord = new(StringComparer.OrdinalIgnoreCase);

    public CommandRouter(Playbook playbook, Lazy<CommandRouter> self)
    {
        var commands = new List<IBotCommand> { new HelpCommand(self) };
        commands.AddRange(playbook.Steps.Select(s => new StepCommand(s)));
        commands.AddRange(
        [
            new DealCommand(), new PipelineCommand(), new StageCommand(), new LogCommand(),
            new CloseCommand(DealStatus.Won), new CloseCommand(DealStatus.Lost), new CloseCommand(DealStatus.Dropped),
            new ReopenCommand(), new ExportCommand(), new SettingsCommand(), new NudgesCommand(), new NudgeCommand(),
            new ForgetCommand(), new ShareCommand(),
        ]);
        Commands = commands;
        foreach (var command in commands)
        {
            foreach (var word in command.Aliases.Prepend(command.Name))
            {
                _byWord.Add(word, command);
            }
        }
    }

    public IReadOnlyList<IBotCommand> Commands { get; }

    public IBotCommand? Find(string word) => _byWord.GetValueOrDefault(word.TrimStart('/'));

    /// <summary>The command a message starts with, and its arguments.</summary>
    public (IBotCommand? Command, string Arguments) Parse(string text)
    {
        var (word, rest) = ArgumentText.FirstWord(text);
        return (Find(word), rest);
    }

    public Task<DialogTurnResult> DispatchAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var (command, arguments) = Parse(text);
        if (command is null)
        {
            dc.Context.Send(HelpCommand.ShortHelp(text));
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Complete));
        }

        return command.ExecuteAsync(dc, arguments, cancellationToken);
    }
}
