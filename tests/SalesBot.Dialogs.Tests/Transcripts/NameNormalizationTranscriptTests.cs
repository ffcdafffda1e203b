namespace SalesBot.Dialogs.Tests.Transcripts;

public sealed class NameNormalizationTranscriptTests
{
    [Fact]
    public async Task A_zero_width_space_inside_a_name_finds_the_same_deal()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").AssertReply("New deal: **Acme**.").IgnoreReplies()
            .Send("cancel").IgnoreReplies()
            .Send("qualify Ac\u200bme").AssertReply("Qualify: Acme").IgnoreReplies()
            .Send("cancel").IgnoreReplies();
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal("Acme", deal.Prospect);
    }

    [Fact]
    public async Task A_name_of_only_format_characters_asks_which_prospect_and_creates_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify \u200b\u200d\u2060")
            .AssertReply("Which prospect?")
            .AssertNoMoreReplies();
        await flow.StartTestAsync();

        Assert.Empty(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
    }

    [Fact]
    public async Task A_new_deal_is_stored_under_the_normalized_name()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify \"Sweet\u200b  Crumbs\u200e\"").AssertReply("New deal: **Sweet Crumbs**.").IgnoreReplies()
            .Send("cancel").IgnoreReplies();
        await flow.StartTestAsync();

        Assert.Equal("Sweet Crumbs", Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default)).Prospect);
    }

    [Fact]
    public async Task Markdown_in_a_prospect_name_is_escaped_in_the_replies_and_stored_as_typed()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify **Evil** [click](http://evil.example)")
            .AssertReply("New deal: **\\*\\*Evil\\*\\* \\[click\\](http://evil.example)**.")
            .AssertReply("**Qualify: \\*\\*Evil\\*\\* \\[click\\](http://evil.example)**")
            .IgnoreReplies()
            .Send("cancel").IgnoreReplies();
        await flow.StartTestAsync();

        Assert.Equal("**Evil** [click](http://evil.example)", Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default)).Prospect);
        Assert.Contains("Cancelled Qualify for \\*\\*Evil\\*\\* \\[click\\](http://evil.example).", flow.Transcript, StringComparison.Ordinal);
    }
}
