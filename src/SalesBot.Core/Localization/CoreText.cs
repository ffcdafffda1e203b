using System.Globalization;
using System.Resources;

namespace SalesBot.Core.Localization;

/// <summary>
/// Core's own sentences (the verdict's why, the score line, the next step, the letter, the questionnaire, the deal
/// history) from CoreStrings.resx, .ru.resx and .pl.resx, in <see cref="CultureInfo.CurrentUICulture"/>, which the
/// turn sets to the user's language. The judgement itself (verdict, score, flags, the command to type) does not
/// depend on it. The sentences avoid counted nouns, so no plural rules are needed here.
/// </summary>
public static class CoreText
{
    private static readonly ResourceManager Resources = new("SalesBot.Core.Localization.CoreStrings", typeof(CoreText).Assembly);

    /// <summary>The sentence <paramref name="key"/> in the current UI culture.</summary>
    public static string Get(string key) => PseudoMarks.Mark(Raw(key));

    /// <summary>The sentence with its {0} placeholders filled in the current UI culture.</summary>
    public static string Format(string key, params object?[] arguments) =>
        PseudoMarks.Mark(string.Format(CultureInfo.CurrentUICulture, Raw(key), PseudoMarks.Arguments(arguments)));

    /// <summary>The sentence <paramref name="key"/> if the resources have it.</summary>
    public static string? Find(string key) => Resources.GetString(key, CultureInfo.CurrentUICulture) is { } text ? PseudoMarks.Mark(text) : null;

    /// <summary>Words Core reads rather than writes, "|"-separated in <paramref name="culture"/>'s resources, never pseudo-marked.</summary>
    public static IReadOnlyList<string> Words(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) is { } text ? text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    /// <summary>"a", "a and b", "a, b and c" in the current language.</summary>
    public static string JoinAnd(IReadOnlyList<string> parts) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + Get("Join.And") + parts[^1];

    private static string Raw(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No Core resource '{key}'.");
}
