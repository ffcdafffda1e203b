namespace SalesBot.Core.Storage;

/// <summary>The store refused a write because another turn changed the same data first; re-run the turn on fresh state.</summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
