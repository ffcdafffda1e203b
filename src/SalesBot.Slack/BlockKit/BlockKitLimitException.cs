namespace SalesBot.Slack.BlockKit;

/// <summary>A payload that Slack would refuse (invalid_blocks); thrown before anything is sent.</summary>
public sealed class BlockKitLimitException(IReadOnlyList<string> problems)
    : InvalidOperationException("Block Kit limits exceeded: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
