using System.Text.Json.Nodes;

namespace SalesBot.Slack.BlockKit;

/// <summary>A question message after it was answered: the same blocks without the buttons and inputs, and a line saying what the user answered.</summary>
internal static class AnsweredQuestion
{
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

    /// <summary>"✅ You chose *yes*".</summary>
    public static string Chosen(string answer) => $":white_check_mark: You chose *{Mrkdwn.User(Mrkdwn.Truncate(answer, 200))}*";

    /// <summary>"You replied: *next friday*" for a typed reply.</summary>
    public static string Replied(string text) => $":speech_balloon: You replied: *{Mrkdwn.User(Mrkdwn.Truncate(text, 200))}*";

    /// <summary>The question was moved past by something other than an answer (a button elsewhere, a modal).</summary>
    public const string MovedOn = ":arrow_down: Moved on — see below.";

    /// <summary>The "pick an answer" hint under the buttons goes with them.</summary>
    private static bool IsHint(JsonNode block) =>
        block["type"]?.GetValue<string>() == "context"
        && block["elements"]?[0]?["text"]?.GetValue<string>() is { } text
        && (text.StartsWith("Pick an answer", StringComparison.Ordinal) || text.StartsWith("Type your answer", StringComparison.Ordinal)
            || text.StartsWith("Answer above", StringComparison.Ordinal));
}
