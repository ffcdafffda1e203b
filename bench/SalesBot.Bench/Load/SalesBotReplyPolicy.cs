using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesBot.Bench.Load;

/// <summary>
/// Answers whatever SalesBot asks: the first suggested action when there are choices, "8000 USD" for a budget or amount,
/// "2027-03-01" for a date, "yes" otherwise. Checks that the progress line "Question n of 10" advances by one each turn
/// and that the last answer brings the verdict.
/// </summary>
internal sealed partial class SalesBotReplyPolicy : IReplyPolicy
{
    public ReplyOutcome Read(byte[] body, int turn)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.GetArrayLength() == 0)
        {
            return ReplyOutcome.Unexpected("no activities in the reply");
        }

        var last = activities[activities.GetArrayLength() - 1];
        foreach (var activity in activities.EnumerateArray())
        {
            if (Text(activity).Contains("Verdict:", StringComparison.Ordinal))
            {
                return turn == 10 ? ReplyOutcome.Finished : ReplyOutcome.Unexpected($"verdict after turn {turn}, expected after turn 10");
            }
        }

        var text = Text(last);
        var progress = ProgressLine().Match(text);
        if (!progress.Success)
        {
            return ReplyOutcome.Unexpected($"turn {turn}: no progress line in \"{Shorten(text)}\"");
        }

        var current = int.Parse(progress.Groups[1].Value, CultureInfo.InvariantCulture);
        if (current != turn + 1)
        {
            return ReplyOutcome.Unexpected($"turn {turn}: expected question {turn + 1}, got \"{progress.Value}\"");
        }

        return ReplyOutcome.Send(Answer(last, text));
    }

    private static string Answer(JsonElement question, string text)
    {
        if (question.TryGetProperty("suggestedActions", out var suggested)
            && suggested.TryGetProperty("actions", out var actions)
            && actions.GetArrayLength() > 0
            && actions[0].TryGetProperty("value", out var value)
            && value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        // The question is the line after the progress line; the tip and wording below it mention other things.
        var ask = text.Split('\n') is { Length: > 1 } lines ? lines[1] : text;
        if (MoneyWords().IsMatch(ask))
        {
            return "8000 USD";
        }

        return DateWords().IsMatch(ask) ? "2027-03-01" : "yes";
    }

    private static string Text(JsonElement activity) =>
        activity.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()! : "";

    private static string Shorten(string text) => text.Length <= 80 ? text.ReplaceLineEndings(" ") : text[..80].ReplaceLineEndings(" ") + "...";

    [GeneratedRegex(@"Question (\d+) of (\d+)")]
    private static partial Regex ProgressLine();

    [GeneratedRegex(@"\b(budget|amount|price|cost|spend|pay|afford)", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyWords();

    [GeneratedRegex(@"\b(date|when|deadline|finish|by what day)", RegexOptions.IgnoreCase)]
    private static partial Regex DateWords();
}
