using System.Collections.Frozen;
using System.Text.RegularExpressions;
using SalesBot.Core.Deals;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>The words a playbook file uses for kinds, severities, links and ids.</summary>
internal static partial class PlaybookNames
{
    public const string IdPattern = "^[a-z][a-z0-9-]*$";

    public static readonly IReadOnlyList<string> YesNoValues = ["yes", "no", "unsure"];

    public static readonly FrozenSet<string> ReservedStepIds = FrozenSet.ToFrozenSet(
    [
        "help", "deal", "deals", "pipeline", "stage", "log", "won", "lost", "drop", "export",
        "settings", "cancel", "back", "skip", "status", "reopen", "forget", "nudges", "nudge", "pause", "resume", "digest", "share",
        "next", "change", "question", "go",
    ]);

    private static readonly FrozenDictionary<string, AnswerKind> Kinds = new Dictionary<string, AnswerKind>
    {
        ["yesNo"] = AnswerKind.YesNo,
        ["choice"] = AnswerKind.Choice,
        ["money"] = AnswerKind.Money,
        ["number"] = AnswerKind.Number,
        ["date"] = AnswerKind.Date,
        ["text"] = AnswerKind.Text,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Severity> Severities =
        Enum.GetValues<Severity>().ToFrozenDictionary(s => s.Name(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, DealLink> Links =
        Enum.GetValues<DealLink>().ToFrozenDictionary(l => l.Name(), StringComparer.OrdinalIgnoreCase);

    public static string KindList => "yesNo, choice, money, number, date, text";

    public static string SeverityList => "warning, blocker or hardStop";

    public static string LinkList => string.Join(", ", Enum.GetValues<DealLink>().Select(l => l.Name()));

    public static bool TryParseKind(string? text, out AnswerKind kind) => Kinds.TryGetValue(text?.Trim() ?? "", out kind);

    public static bool TryParseSeverity(string? text, out Severity severity) =>
        Severities.TryGetValue(text?.Trim() ?? "", out severity);

    public static bool TryParseLink(string? text, out DealLink link) => Links.TryGetValue(text?.Trim() ?? "", out link);

    public static string Name(AnswerKind kind) => Kinds.First(k => k.Value == kind).Key;

    public static bool IsId(string id) => IdRegex().IsMatch(id);

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex(IdPattern)]
    private static partial Regex IdRegex();
}
