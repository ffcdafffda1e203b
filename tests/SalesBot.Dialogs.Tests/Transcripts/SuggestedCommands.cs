using System.Text.RegularExpressions;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// The commands a reply suggests (text in `backticks`, minus templates such as `qualify &lt;prospect&gt;`), and the check that
/// each one is understood when the user types it back: no "I don't know", no "Did you mean", no unknown deal, no usage error.
/// </summary>
internal static partial class SuggestedCommands
{
    private static readonly string[] NotUnderstood =
    [
        "I don't know \"", "Did you mean", "You have no deal named", "is not a stage", "Say what kind of touch", "Which prospect? Say `",
        "Say which answer and the new value", "I can't tell which question",
    ];

    public static IEnumerable<string> In(string rendered) =>
        Code().Matches(rendered)
            .Select(m => m.Groups[1].Value.Replace("⟦", "", StringComparison.Ordinal).Replace("⟧", "", StringComparison.Ordinal).Trim())
            .Where(h => h.Length > 0 && h.IndexOfAny(['<', '>', '[', ']', '|', '{', '…']) < 0 && !h.StartsWith('/'));

    public static async Task AssertEachWorksAsync(TestBot bot, Turn turn, IReadOnlyList<string> hints, string transcript)
    {
        await using var copy = await bot.CloneAsync();
        var replay = turn with { ConversationId = turn.ConversationId + "-hints" };
        foreach (var hint in hints)
        {
            var replies = await copy.Engine.ProcessAsync(replay with { Text = hint }, CancellationToken.None);
            var text = string.Join("\n", replies.Select(TextRenderer.Render));
            var failed = NotUnderstood.FirstOrDefault(f => text.Contains(f, StringComparison.Ordinal));
            Assert.True(failed is null, $"The bot suggested `{hint}`, but typed back it answered:\n{text}\n\nTranscript of the suggestion:\n{transcript}");
            await copy.Engine.ProcessAsync(replay with { Text = "cancel" }, CancellationToken.None);
        }
    }

    [GeneratedRegex(@"(?<!\\)`([^`\n]+)`")]
    private static partial Regex Code();
}
