using System.Text.Json.Nodes;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Slack.BlockKit;

/// <summary>A question message after it was answered: the same blocks without the buttons and inputs, and a line saying what the user answered.</summary>
internal static class AnsweredQuestion
{
    /// <summary>The block_id of the line under the answer controls, which goes with them.</summary>
    public const string HintBlock = "answer_hint";

    public static SlackMessage From(JsonArray original, string fallbackText, string answerLine)
    {
        var blocks = new JsonArray();
        foreach (var block in original)
        {
            var type = block?["type"]?.GetValue<string>();
            if (block is null || type is "actions" or "input" || IsHint(block))
            {
                continue;
            }

            blocks.Add(block.DeepClone());
        }

        blocks.Add(Blocks.Context(answerLine));
        return new SlackMessage(Mrkdwn.Truncate(fallbackText, 3000), blocks);
    }

    /// <summary>"✅ Answered: *yes*", in the current UI culture.</summary>
    public static string Chosen(string answer) => $":white_check_mark: {ChannelText.Get("Answered.Answered")} *{Mrkdwn.User(Mrkdwn.Truncate(answer, 200))}*";

    /// <summary>"You replied: *next friday*" for a typed reply.</summary>
    public static string Replied(string text) => $":speech_balloon: {ChannelText.Get("Answered.Replied")} *{Mrkdwn.User(Mrkdwn.Truncate(text, 200))}*";

    /// <summary>The question was moved past by something other than an answer (a button elsewhere, a modal).</summary>
    public static string MovedOn => ":arrow_down: " + ChannelText.Get("Answered.MovedOn");

    /// <summary>A click on a question that was answered already (or is no longer the open one).</summary>
    public static string Already => ":no_entry_sign: " + ChannelText.Get("Answered.Already");

    /// <summary>
    /// The "pick an answer" hint under the buttons goes with them: known by its block_id, or (messages posted before it had
    /// one) by its English words.
    /// </summary>
    private static bool IsHint(JsonNode block) =>
        block["type"]?.GetValue<string>() == "context"
        && (block["block_id"]?.GetValue<string>() == HintBlock
            || block["elements"]?[0]?["text"]?.GetValue<string>() is { } text
            && (text.StartsWith("Pick an answer", StringComparison.Ordinal) || text.StartsWith("Type your answer", StringComparison.Ordinal)
                || text.StartsWith("Answer above", StringComparison.Ordinal)));
}
