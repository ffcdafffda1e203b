using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.WebApi;
using SalesBot.Testing;

namespace SalesBot.Slack.Tests.WebApi;

public sealed class ResponseUrlBudgetTests
{
    private static readonly Uri Url = new("https://hooks.slack.com/commands/T1/1/abc");
    private readonly FakeTimeProvider _clock = new(SlackRig.Now);

    [Fact]
    public void AResponseUrl_WorksFiveTimes_ThenNoMore()
    {
        var budget = new ResponseUrlBudget(_clock);
        budget.Issued(Url, _clock.GetUtcNow());

        var uses = Enumerable.Range(0, 7).Select(_ => budget.TryUse(Url)).ToList();

        Assert.Equal([true, true, true, true, true, false, false], uses);
    }

    [Fact]
    public void AResponseUrl_ExpiresThirtyMinutesAfterItsRequest()
    {
        var budget = new ResponseUrlBudget(_clock);
        budget.Issued(Url, _clock.GetUtcNow());

        _clock.Advance(TimeSpan.FromMinutes(30));
        Assert.True(budget.TryUse(Url));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(budget.TryUse(Url));
    }

    [Fact]
    public void AnUnknownResponseUrl_IsNotUsed()
    {
        Assert.False(new ResponseUrlBudget(_clock).TryUse(Url));
    }
}
