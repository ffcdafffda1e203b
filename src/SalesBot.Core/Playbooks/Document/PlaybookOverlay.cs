using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SalesBot.Core.Playbooks.Document;

/// <summary>
/// Lays a translation overlay over a playbook's JSON. The overlay mirrors the playbook's shape, but every list of
/// objects that have an id (steps, questions, red flags, choices; links by their link name) becomes an object keyed
/// by that id, and only texts are given. Structure (ids, kinds, weights, conditions, severities) is never translated:
/// a structural member in the overlay is refused. Phrase lists (e.g. stall phrases, and the "mentions" of a wrap-up's
/// "when", given as <c>"when": { "mentions": [...] }</c>) are added to the English ones.
/// A key that names nothing in the playbook and a text left untranslated become warnings, never silent.
/// </summary>
internal static partial class PlaybookOverlay
{
    /// <summary>Members that carry structure, not words (and "rationale", which documents the playbook for its authors).</summary>
    private static readonly HashSet<string> Structural = new(StringComparer.Ordinal)
    {
        "id", "kind", "link", "severity", "when", "weight", "score", "judged", "summarize", "currency", "startingPrice",
        "defaults", "verdict", "meetingDate", "step", "repeatLikely", "months", "stalledAfterDays", "language",
        "walkAwayWhenAllNo", "rationale",
    };

    private static readonly string[] IdMembers = ["id", "link"];

    public static JsonObject Apply(JsonObject playbook, JsonObject overlay, List<string> warnings)
    {
        var merged = (JsonObject)playbook.DeepClone();
        var translated = new HashSet<string>(StringComparer.Ordinal);
        MergeObject(merged, overlay, "$", translated, warnings);
        ReportUntranslated(merged, "$", translated, warnings);
        return merged;
    }

    private static void MergeObject(JsonObject target, JsonObject overlay, string path, HashSet<string> translated, List<string> warnings)
    {
        foreach (var (key, value) in overlay)
        {
            var here = $"{path}.{key}";
            if (key == "language" && path == "$")
            {
                continue;
            }

            if (key == "when" && value is JsonObject { Count: 1 } phrases && phrases["mentions"] is JsonArray
                && target["when"] is JsonObject englishWhen && englishWhen["mentions"] is JsonArray)
            {
                // The words a text answer is looked at for are language, not structure: the translation adds its own.
                MergeObject(englishWhen, phrases, here, translated, warnings);
                continue;
            }

            if (Structural.Contains(key))
            {
                warnings.Add($"{here}: '{key}' is structure, not text; it is taken from the English playbook and the overlay's value is ignored");
                continue;
            }

            if (!target.TryGetPropertyValue(key, out var english) || english is null)
            {
                warnings.Add($"{here}: the playbook has no such entry any more; the translation is ignored");
                continue;
            }

            switch (english, value)
            {
                case (JsonValue e, JsonValue v) when e.GetValueKind() == JsonValueKind.String && v.GetValueKind() == JsonValueKind.String:
                    var text = v.GetValue<string>();
                    if (string.IsNullOrWhiteSpace(text))
                    {
                        warnings.Add($"{here}: the translation is empty; the English text is kept");
                        break;
                    }

                    CheckPlaceholders(e.GetValue<string>(), text, here, warnings);
                    target[key] = text;
                    translated.Add(here);
                    break;
                case (JsonArray e, JsonObject v) when IsKeyedList(e):
                    MergeKeyedList(e, v, here, translated, warnings);
                    break;
                case (JsonArray e, JsonArray v) when e.All(IsString) && v.All(IsString):
                    foreach (var phrase in v.Select(p => p!.GetValue<string>()).Where(p => !e.Any(x => x!.GetValue<string>() == p)))
                    {
                        e.Add(phrase);
                    }

                    translated.Add(here);
                    break;
                case (JsonObject e, JsonObject v):
                    MergeObject(e, v, here, translated, warnings);
                    break;
                default:
                    warnings.Add($"{here}: expected {Describe(english)} as in the playbook, found {Describe(value)}; the translation is ignored");
                    break;
            }
        }
    }

    private static void MergeKeyedList(JsonArray target, JsonObject overlay, string path, HashSet<string> translated, List<string> warnings)
    {
        foreach (var (id, value) in overlay)
        {
            var here = $"{path}.{id}";
            var item = target.OfType<JsonObject>().FirstOrDefault(o => KeyOf(o) == id);
            if (item is null)
            {
                warnings.Add($"{here}: the playbook has no entry '{id}' here any more; the translation is ignored");
            }
            else if (value is JsonObject texts)
            {
                MergeObject(item, texts, here, translated, warnings);
            }
            else if (IsString(value) && item.ContainsKey("title"))
            {
                // A choice may be given by its label alone: "choices": { "good": "Хорошо" }.
                MergeObject(item, new JsonObject { ["title"] = value!.GetValue<string>() }, here, translated, warnings);
            }
            else
            {
                warnings.Add($"{here}: expected an object of texts, found {Describe(value)}; the translation is ignored");
            }
        }
    }

    private static void ReportUntranslated(JsonNode node, string path, HashSet<string> translated, List<string> warnings)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (value is null || Structural.Contains(key))
                    {
                        continue;
                    }

                    var here = $"{path}.{key}";
                    if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String && !translated.Contains(here))
                    {
                        warnings.Add($"{here}: not translated; the English text is used");
                    }
                    else if (value is JsonArray list && IsKeyedList(list))
                    {
                        foreach (var item in list.OfType<JsonObject>())
                        {
                            ReportUntranslated(item, $"{here}.{KeyOf(item)}", translated, warnings);
                        }
                    }
                    else if (value is JsonObject child)
                    {
                        ReportUntranslated(child, here, translated, warnings);
                    }
                }

                break;
        }
    }

    private static void CheckPlaceholders(string english, string translation, string path, List<string> warnings)
    {
        var wanted = Placeholders(english);
        var found = Placeholders(translation);
        if (!wanted.SetEquals(found))
        {
            warnings.Add($"{path}: the placeholders differ from the English text ({string.Join(", ", wanted.Order())} expected, " +
                $"{(found.Count == 0 ? "none" : string.Join(", ", found.Order()))} found)");
        }
    }

    private static HashSet<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static bool IsKeyedList(JsonArray list) => list.Count > 0 && list.All(i => i is JsonObject o && KeyOf(o) is not null);

    private static string? KeyOf(JsonObject item) =>
        IdMembers.Select(m => item[m]).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).FirstOrDefault();

    private static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static string Describe(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "an object",
        JsonArray => "a list",
        _ => node.GetValueKind() == JsonValueKind.String ? "a text" : node.GetValueKind().ToString().ToLowerInvariant(),
    };

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex PlaceholderPattern();
}
