namespace SalesBot.Dialogs.Commands;

/// <summary>A command word. The same words serve the local chat, Teams messages and Slack sub-commands.</summary>
public interface IBotCommand
{
    string Name { get; }

    IReadOnlyList<string> Aliases { get; }

    /// <summary>e.g. "deal &lt;prospect&gt; [history]".</summary>
    string Usage { get; }

    string Summary { get; }

    /// <summary>True when the command starts a flow of questions (and so replaces a flow in progress).</summary>
    bool StartsFlow { get; }

    Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken);
}
