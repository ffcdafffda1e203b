using SalesBot.Core.Conversations;

namespace SalesBot.Core.Tests.Conversations;

public sealed class ConversationKeyTests
{
    [Theory]
    [InlineData("t", "b|c", "a", "t", "c", "a|b")]
    [InlineData("t|c", "x", "a", "t", "c|x", "a")]
    [InlineData("t", "c\\", "|a", "t", "c", "\\|a")]
    [InlineData("t", "c", "a\\|b", "t", "c", "a|b")]
    [InlineData("t", "", "a", "t", "a", "")]
    public void DifferentIds_NeverShareAKey(string tenant1, string user1, string conversation1, string tenant2, string user2, string conversation2)
    {
        var one = ConversationKey.For(new Owner(tenant1, user1), "msteams", conversation1);
        var two = ConversationKey.For(new Owner(tenant2, user2), "msteams", conversation2);

        Assert.NotEqual(one, two);
    }

    [Fact]
    public void AKey_StartsWithItsOwnersPrefix_AndWithNoOtherOwnersPrefix()
    {
        var owners = new[] { new Owner("t", "c"), new Owner("t", "c|x"), new Owner("t|c", "x"), new Owner("t", "c\\"), new Owner("t\\", "c"), new Owner("t", "b|c") };
        foreach (var owner in owners)
        {
            foreach (var conversation in new[] { "a", "a|b", "|", "\\", "x|msteams" })
            {
                var key = ConversationKey.For(owner, "msteams", conversation);
                foreach (var other in owners)
                {
                    Assert.Equal(other == owner, key.StartsWith(ConversationKey.OwnerPrefix(other), StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void PlainIds_ReadOwnerFirst()
    {
        Assert.Equal("tenant-a|alice|msteams|19:abc@thread.v2", ConversationKey.For(new Owner("tenant-a", "alice"), "msteams", "19:abc@thread.v2"));
        Assert.Equal("t\\|1|u\\\\2|slack|D\\|3", ConversationKey.For(new Owner("t|1", "u\\2"), "slack", "D|3"));
        Assert.Equal(ConversationKey.For(new Owner("t", "u"), "webchat", "c"), new Turn { ChannelId = "webchat", ConversationId = "c", Owner = new Owner("t", "u") }.StateKey);
    }
}
