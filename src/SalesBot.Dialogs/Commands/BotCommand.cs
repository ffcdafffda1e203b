namespace SalesBot.Dialogs.Commands;

/// <summary>A command word with its help entry (name, usage, summary, other words for it), fixed when the command is made.</summary>
internal abstract class BotCommand(string name, string usage, string summary, params string[] aliases) : IBotCommand
{
    public string Name => name;

    public IReadOnlyList<string> Aliases => aliases;

    public string Usage => usage;

    public string Summary => summary;

    public virtual bool StartsFlow => false;

    public abstract Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken);

    /// <summary>The command is done; the turn ends.</summary>
    protected static DialogTurnResult Done => new(DialogTurnStatus.Complete);
}
