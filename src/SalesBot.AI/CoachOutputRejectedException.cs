namespace SalesBot.AI;

/// <summary>The model answered, but not with something SalesBot may show. The reason never quotes the output.</summary>
internal sealed class CoachOutputRejectedException(string reason) : Exception(reason)
{
    public string Reason { get; } = reason;
}
