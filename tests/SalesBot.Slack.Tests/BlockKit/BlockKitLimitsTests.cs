using System.Text.Json.Nodes;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Tests.BlockKit;

public sealed class BlockKitLimitsTests
{
    [Fact]
    public void FiftyOneBlocks_AreOneTooMany()
    {
        var blocks = new JsonArray(Enumerable.Range(0, 51).Select(_ => (JsonNode)Blocks.Divider()).ToArray());

        Assert.Contains("51 blocks (at most 50)", Assert.Single(BlockKitLimits.Problems("text", blocks, BlockKitLimits.MessageBlocks)), StringComparison.Ordinal);
        blocks.RemoveAt(0);
        Assert.Empty(BlockKitLimits.Problems("text", blocks, BlockKitLimits.MessageBlocks));
    }

    [Fact]
    public void SectionTextOver3000_ButtonTextOver75_AndEmptyFallback_AreEachReported()
    {
        var section = new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string('a', 3001) } };
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = "a",
            ["value"] = "v",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = new string('b', 76) },
        };
        var blocks = new JsonArray(section, new JsonObject { ["type"] = "actions", ["elements"] = new JsonArray(button) });

        var problems = BlockKitLimits.Problems("", blocks, BlockKitLimits.MessageBlocks);

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("fallback text", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("section text is 3001", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("button text is 76", StringComparison.Ordinal));
        Assert.Throws<BlockKitLimitException>(() => BlockKitLimits.EnsureValid("", blocks, BlockKitLimits.MessageBlocks));
    }

    [Fact]
    public void RepeatedBlockIds_AreReported()
    {
        var blocks = new JsonArray(Blocks.Actions("same", [Blocks.Button("a", "A", "a")]), Blocks.Actions("same", [Blocks.Button("b", "B", "b")]));

        Assert.Contains("repeated", Assert.Single(BlockKitLimits.Problems("t", blocks, BlockKitLimits.MessageBlocks)), StringComparison.Ordinal);
    }
}
