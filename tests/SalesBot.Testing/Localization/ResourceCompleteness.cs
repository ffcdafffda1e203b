using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;

namespace SalesBot.Testing.Localization;

/// <summary>
/// Checks a project's resource set: every key of the English (neutral) resources has its own non-empty value in
/// Russian and Polish (not the English one fallen back to), with the same {0} placeholders and plural forms written
/// for the language ({n|one|other} in English, {n|one|few|many} in Russian and Polish).
/// </summary>
public static partial class ResourceCompleteness
{
    public static readonly string[] Languages = ["ru", "pl"];

    [GeneratedRegex(@"\{(\d+)(?::[^{}|]*)?\}")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\{(\d+)\|([^{}]*)\}")]
    private static partial Regex PluralPlaceholder();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex Code();

    [GeneratedRegex(@"[A-Za-z]{3,}")]
    private static partial Regex LatinWord();

    /// <summary>The problems found; empty when the set is complete.</summary>
    public static IReadOnlyList<string> Problems(Assembly assembly, string baseName)
    {
        var manager = new ResourceManager(baseName, assembly);
        var english = Read(manager, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"No neutral resources {baseName} in {assembly.GetName().Name}.");
        var problems = new List<string>();
        if (english.Count == 0)
        {
            problems.Add($"{baseName} has no entries.");
        }

        foreach (var language in Languages)
        {
            var local = Read(manager, CultureInfo.GetCultureInfo(language));
            if (local is null)
            {
                problems.Add($"{baseName}: no {language} resources at all.");
                continue;
            }

            foreach (var (key, en) in english)
            {
                if (!local.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{baseName}.{language}: '{key}' is missing.");
                    continue;
                }

                if (!Arguments(en).SetEquals(Arguments(value)))
                {
                    problems.Add($"{baseName}.{language}: '{key}' has placeholders {{{string.Join(",", Arguments(value).Order())}}}, English has {{{string.Join(",", Arguments(en).Order())}}}.");
                }

                foreach (Match plural in PluralPlaceholder().Matches(value))
                {
                    if (plural.Groups[2].Value.Split('|').Length != 3)
                    {
                        problems.Add($"{baseName}.{language}: '{key}' needs three plural forms (one|few|many) in {plural.Value}.");
                    }
                }

                if (value == en && en.Length > 0 && LatinWord().IsMatch(Code().Replace(Argument().Replace(en, ""), "")))
                {
                    problems.Add($"{baseName}.{language}: '{key}' is the English text.");
                }
            }

            foreach (var key in local.Keys.Except(english.Keys))
            {
                problems.Add($"{baseName}.{language}: '{key}' is not in the English resources.");
            }
        }

        foreach (var (key, en) in english)
        {
            foreach (Match plural in PluralPlaceholder().Matches(en))
            {
                if (plural.Groups[2].Value.Split('|').Length != 2)
                {
                    problems.Add($"{baseName}: '{key}' needs two English plural forms (one|other) in {plural.Value}.");
                }
            }
        }

        return problems;
    }

    private static HashSet<string> Arguments(string text) =>
        [.. Argument().Matches(text).Select(m => m.Groups[1].Value).Concat(PluralPlaceholder().Matches(text).Select(m => m.Groups[1].Value))];

    private static Dictionary<string, string>? Read(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            return null;
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            entries[(string)entry.Key] = entry.Value as string ?? "";
        }

        return entries;
    }
}
