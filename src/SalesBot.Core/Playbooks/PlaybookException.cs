namespace SalesBot.Core.Playbooks;

/// <summary>An invalid playbook: the message names the file, the entry and what is wrong.</summary>
public sealed class PlaybookException : Exception
{
    public PlaybookException(string message)
        : base(message)
    {
    }

    public PlaybookException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
