namespace SalesBot.Bench.Load;

/// <summary>
/// How a virtual user reads the reply to a turn of a qualification and decides what to send next.
/// Turn 0 is <c>qualify Prospect-n</c>; each later turn answers the question the previous reply asked.
/// </summary>
internal interface IReplyPolicy
{
    ReplyOutcome Read(byte[] body, int turn);
}

/// <summary>What a reply meant: the next message to send, the end of the qualification, or a problem (counted as an error).</summary>
internal readonly record struct ReplyOutcome(string? Next, bool Done, string? Problem)
{
    public static ReplyOutcome Send(string next) => new(next, false, null);

    public static ReplyOutcome Finished { get; } = new(null, true, null);

    public static ReplyOutcome Unexpected(string problem) => new(null, false, problem);
}
