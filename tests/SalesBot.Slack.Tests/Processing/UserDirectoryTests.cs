using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Processing;
using SalesBot.Testing;

namespace SalesBot.Slack.Tests.Processing;

public sealed class UserDirectoryTests
{
    private static readonly SlackTenant Team = new("T1", "T1", null);
    private readonly RecordingSlackApi _api = new();
    private readonly FakeTimeProvider _clock = TestClock.Create();

    [Fact]
    public async Task ManyUsers_NeverCacheMoreThanTheCapacity_AndEachUserIsLookedUpOncePerVisit()
    {
        using var directory = new UserDirectory(_api, _clock, NullLogger<UserDirectory>.Instance, capacity: 100);

        for (var i = 0; i < 1_000; i++)
        {
            var (info, address) = await directory.EnsureAsync(Team, $"U{i}", $"DU{i}", "xoxb", default);
            Assert.Equal($"U{i}", info.Id);
            Assert.Contains($"\"dm_channel_id\":\"DU{i}\"", address.Reference, StringComparison.Ordinal);
            Assert.InRange(directory.CachedUsers, 1, 100);
        }

        Assert.Equal(1_000, _api.Calls.Count(c => c.StartsWith("users.info ", StringComparison.Ordinal)));
        Assert.Equal(1_000, _api.Calls.Count);
    }

    [Fact]
    public async Task AUserSeenRecently_StaysCached_WhenTheCacheIsFull_AndADroppedUserIsSimplyLookedUpAgain()
    {
        using var directory = new UserDirectory(_api, _clock, NullLogger<UserDirectory>.Instance, capacity: 8);
        await directory.EnsureAsync(Team, "Ufrequent", "DUfrequent", "xoxb", default);
        for (var i = 0; i < 40; i++)
        {
            await directory.EnsureAsync(Team, $"U{i}", $"DU{i}", "xoxb", default);
            await directory.EnsureAsync(Team, "Ufrequent", "DUfrequent", "xoxb", default);
        }

        Assert.Single(_api.Calls, c => c == "users.info Ufrequent");
        Assert.InRange(directory.CachedUsers, 1, 8);

        await directory.EnsureAsync(Team, "U0", "DU0", "xoxb", default);
        Assert.Equal(2, _api.Calls.Count(c => c == "users.info U0"));
    }

    [Fact]
    public async Task DirectMessageChannels_AreCappedToo_AndAForgottenOneIsOpenedAgain()
    {
        using var dms = new DirectMessages(_api, capacity: 10);
        for (var i = 0; i < 100; i++)
        {
            Assert.Equal($"DU{i}", await dms.OpenAsync(Team, $"U{i}", "xoxb", default));
        }

        Assert.Equal(100, _api.Calls.Count(c => c.StartsWith("conversations.open ", StringComparison.Ordinal)));
        Assert.Equal("DU99", await dms.OpenAsync(Team, "U99", "xoxb", default));
        Assert.Equal(100, _api.Calls.Count);
        Assert.Equal("DU0", await dms.OpenAsync(Team, "U0", "xoxb", default));
        Assert.Equal(101, _api.Calls.Count);
    }
}
