using Microsoft.Extensions.Options;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Tests.Processing;

public sealed class SlackWorkQueueTests
{
    private static readonly SlackTenant Tenant = new("T1", "T1", null);

    [Fact]
    public void OneUsersJobs_GoToOnePartition_InOrder_WhileUsersSpreadOverPartitions()
    {
        var queue = new SlackWorkQueue(Options.Create(new SlackOptions { Workers = 4 }));
        for (var i = 0; i < 5; i++)
        {
            Assert.True(queue.TryEnqueue(new TurnJob(Tenant, "U1", $"m{i}", TurnSource.DirectMessage)));
        }

        var partition = queue.PartitionOf("T1|U1");
        var texts = new List<string>();
        while (queue.Reader(partition).TryRead(out var job))
        {
            texts.Add(((TurnJob)job).Text);
        }

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], texts);
        Assert.True(Enumerable.Range(0, 50).Select(i => queue.PartitionOf($"T1|U{i}")).Distinct().Count() > 1);
        Assert.Equal(5, queue.Accepted);
    }

    [Fact]
    public void PartitionOfAKey_IsTheSameInEveryQueue()
    {
        var a = new SlackWorkQueue(Options.Create(new SlackOptions { Workers = 8 }));
        var b = new SlackWorkQueue(Options.Create(new SlackOptions { Workers = 8 }));

        Assert.All(Enumerable.Range(0, 20), i => Assert.Equal(a.PartitionOf($"T|U{i}"), b.PartitionOf($"T|U{i}")));
    }
}
