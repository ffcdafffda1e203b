namespace SalesBot.Core.Storage;

/// <summary>
/// The commit carried a <see cref="DeliveryMark"/> another commit already wrote: the delivery was handled before (a channel
/// retry, or the same request at two instances). Nothing of this commit was written.
/// </summary>
public sealed class DuplicateDeliveryException : Exception
{
    public DuplicateDeliveryException(string message)
        : base(message)
    {
    }

    public DuplicateDeliveryException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
