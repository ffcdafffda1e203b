using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Localization;
using SalesBot.Core.Nudges;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;

namespace SalesBot.Core.Deals;

/// <summary>
/// The deal history's entries, stored language-neutral: <see cref="DealEvent.Detail"/> holds what happened as a code
/// and its arguments (ids, values, the user's own words), <c>{"history":"Stage","args":["Entry","Contract"]}</c>,
/// and is put into words when it is read, in the reader's language and with the playbook's titles. A detail that is
/// not such a code (rows written in English before this existed) is shown as it was stored.
/// </summary>
public static class DealHistory
{
    private const string Marker = "{\"history\":";

    public static string Created(string prospect) => Encode("Created", prospect);

    public static string Changed(string stepId, string questionId, int fromVersion, int toVersion, Answer before, string value, string? note) =>
        Encode("Changed", stepId, questionId, fromVersion.ToString(CultureInfo.InvariantCulture), toVersion.ToString(CultureInfo.InvariantCulture), before.Value, before.Note, value, note);

    public static string Completed(string stepId) => Encode("Completed", stepId);

    public static string Stage(DealLink from, DealLink to, bool byHand) => Encode(byHand ? "StageByHand" : "Stage", from.ToString(), to.ToString());

    public static string Reopened() => Encode("Reopened");

    public static string Closed(DealStatus status, string? reason) =>
        string.IsNullOrEmpty(reason) ? Encode(status.ToString()) : Encode(status + "Because", reason);

    public static string NudgeDone(NudgeKind kind) => Encode("NudgeDone", kind.ToString());

    public static string Shared() => Encode("Shared");

    /// <summary>The entry in words, in the current language; an entry stored as plain text comes back as it is.</summary>
    public static string Render(string detail, Playbook playbook, string prospect, PricePoint price)
    {
        if (!detail.StartsWith(Marker, StringComparison.Ordinal) || Decode(detail) is not { } decoded || CoreText.Find("History." + decoded.Key) is null)
        {
            return detail;
        }

        var (key, args) = decoded;
        string Arg(int i) => i < args.Count ? args[i] ?? "" : "";
        return key switch
        {
            "Changed" => Changed(playbook, prospect, price, Arg(0), Arg(1), Arg(2), Arg(3), (Arg(4), args.ElementAtOrDefault(5)), (Arg(6), args.ElementAtOrDefault(7))),
            "Completed" => CoreText.Format("History.Completed", playbook.FindStep(Arg(0))?.Title ?? Arg(0)),
            "Stage" or "StageByHand" => CoreText.Format("History." + key, LinkWord(Arg(0)), LinkWord(Arg(1))),
            "NudgeDone" => CoreText.Format("History.NudgeDone", Enum.TryParse<NudgeKind>(Arg(0), out var kind) ? DealWords.Nudge(kind) : Arg(0)),
            _ => CoreText.Format("History." + key, args.Cast<object?>().ToArray()),
        };
    }

    private static string Changed(Playbook playbook, string prospect, PricePoint price, string stepId, string questionId, string from, string to, (string Value, string? Note) before, (string Value, string? Note) after)
    {
        var question = playbook.FindStep(stepId)?.FindQuestion(questionId);
        string Shown((string Value, string? Note) answer) =>
            AnswerFormatter.Display(question, answer.Value) + (string.IsNullOrEmpty(answer.Note) ? "" : $" ({answer.Note})");
        return CoreText.Format("History.Changed", question is null ? questionId.Replace('-', ' ') : PlaybookText.Fill(question.Text, prospect, price), from, to, Shown(before), Shown(after));
    }

    private static string LinkWord(string link) => Enum.TryParse<DealLink>(link, out var value) ? DealWords.Link(value) : link;

    private static string Encode(string key, params string?[] args) =>
        new JsonObject { ["history"] = key, ["args"] = new JsonArray(args.Select(a => (JsonNode?)JsonValue.Create(a)).ToArray()) }.ToJsonString();

    private static (string Key, IReadOnlyList<string?> Args)? Decode(string detail)
    {
        try
        {
            return JsonNode.Parse(detail) is JsonObject { } entry && entry["history"]?.GetValue<string>() is { } key
                ? (key, (entry["args"] as JsonArray ?? []).Select(a => a?.GetValue<string>()).ToList())
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
