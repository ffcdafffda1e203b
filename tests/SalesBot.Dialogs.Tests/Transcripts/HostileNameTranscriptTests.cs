using System.Text.RegularExpressions;
using SalesBot.Core.Conversations;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// A prospect named <c>*Acme_* &lt;b&gt;&amp;</c>, with notes, outcomes and reasons full of markup, through every command that
/// shows names: outside code spans, every reply carries them only in their escaped form (<see cref="UserText"/>), so no
/// renderer can read them as bold, italics, code, a tag or an entity; the store keeps what was typed, verbatim.
/// </summary>
public sealed partial class HostileNameTranscriptTests
{
    private const string Name = "*Acme_* <b>&";
    private const string Quoted = "\"" + Name + "\"";
    private const string Note = "*really_ <i>&amp; `x`";

    [Fact]
    public async Task A_prospect_named_with_markup_shows_escaped_in_every_reply_and_is_stored_as_typed()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send($"qualify {Quoted}").AssertReply($"New deal: **{UserText.Escape(Name)}**.").IgnoreReplies()
            .Send($"yes, {Note}").IgnoreReplies()
            .Send("status").IgnoreReplies()
            .Send("help").IgnoreReplies()
            .Send($"deal {Quoted}").IgnoreReplies()
            .Send("cancel").AssertReply($"Cancelled Qualify for {UserText.Escape(Name)}.").IgnoreReplies()
            .Send($"deal {Quoted}").AssertReply($"**{UserText.Escape(Name)}** · stage").IgnoreReplies()
            .Send($"deal {Quoted} history").IgnoreReplies()
            .Send("deals").AssertReply($"- **{UserText.Escape(Name)}**").IgnoreReplies()
            .Send($"next {Quoted}").IgnoreReplies()
            .Send($"stage {Quoted} <b>nowhere").IgnoreReplies()
            .Send("deal \"<b>nobody_*\"").AssertReply("You have no deal named \"\\<b\\>nobody\\_\\*\"").IgnoreReplies()
            .Send($"stage {Quoted} alignment").AssertReply($"{UserText.Escape(Name)} is now at").IgnoreReplies()
            .Send($"log {Quoted} call said {Note}").AssertReply($"with {UserText.Escape(Name)}: said {UserText.Escape(Note)}").IgnoreReplies()
            .Send($"change {Quoted} need to no, {Note}").IgnoreReplies()
            .Send($"lost {Quoted} price {Note}").IgnoreReplies()
            .Send($"reopen {Quoted}").AssertReply($"{UserText.Escape(Name)} is open again.").IgnoreReplies()
            .Send($"drop {Quoted} gone {Note}").IgnoreReplies()
            .Send($"reopen {Quoted}").IgnoreReplies()
            .Send($"won {Quoted} signed {Note}").IgnoreReplies()
            .Send($"deal {Quoted} history").IgnoreReplies()
            .Send("deals").IgnoreReplies()
            .Send($"screen {Quoted}").IgnoreReplies()
            .Send("cancel").IgnoreReplies()
            .Send($"forget {Quoted}").AssertReply<QuestionReply>(q => Assert.Contains(UserText.Escape(Name), q.Text, StringComparison.Ordinal))
            .Send("no").IgnoreReplies();
        await flow.StartTestAsync();

        var replies = flow.Transcript.Split('\n').Where(l => !l.StartsWith("> ", StringComparison.Ordinal)).ToList();
        Assert.Contains(replies, l => l.Contains(UserText.Escape(Name), StringComparison.Ordinal));
        foreach (var line in replies)
        {
            var outsideCode = CodeSpan().Replace(line, "");
            Assert.False(outsideCode.Contains(Name, StringComparison.Ordinal), $"Unescaped name in: {line}\n\nTranscript:\n{flow.Transcript}");
            foreach (var raw in new[] { "<b>", "<i>", "*really_", "_* ", "&amp;" })
            {
                Assert.False(Unescaped(outsideCode, raw), $"Unescaped \"{raw}\" in: {line}\n\nTranscript:\n{flow.Transcript}");
            }
        }

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        Assert.Equal(Name, deal.Prospect);
        Assert.Contains(await bot.Store.GetTouchesAsync(flow.Turn.Owner, deal.Id, default), t => t.Outcome == "said " + Note);
        Assert.Contains(await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default), a => a.Note == Note);
    }

    /// <summary>Whether <paramref name="raw"/> occurs with its first character not escaped by a backslash.</summary>
    private static bool Unescaped(string text, string raw)
    {
        for (var at = text.IndexOf(raw, StringComparison.Ordinal); at >= 0; at = text.IndexOf(raw, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] != '\\')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A code span of the bot's own: a backtick not escaped, to the next backtick.</summary>
    [GeneratedRegex(@"(?<!\\)`[^`]*`")]
    private static partial Regex CodeSpan();
}
