using System.Text.Json;
using System.Text.RegularExpressions;

namespace SalesBot.AI;

/// <summary>
/// What a model's answer must pass before SalesBot shows it: JSON of the expected shape, sensible lengths, and no
/// facts beyond what was sent — every number, name-like word, address and placeholder must come from the input.
/// </summary>
internal static partial class OutputChecks
{
    public static JsonElement ParseObject(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new CoachOutputRejectedException("empty answer");
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Clone()
                : throw new CoachOutputRejectedException("the answer is not a JSON object");
        }
        catch (JsonException)
        {
            throw new CoachOutputRejectedException("the answer is not JSON");
        }
    }

    /// <summary>The strings of array property <paramref name="name"/>, trimmed, each checked for length.</summary>
    public static IReadOnlyList<string> Strings(JsonElement root, string name, int min, int max, int maxLength)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new CoachOutputRejectedException($"'{name}' is missing or not a list");
        }

        var items = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : throw new CoachOutputRejectedException($"'{name}' holds a non-string");
            if (text.Length == 0 || text.Length > maxLength)
            {
                throw new CoachOutputRejectedException($"an item of '{name}' is empty or longer than {maxLength} characters");
            }

            items.Add(text);
        }

        return items.Count < min || items.Count > max
            ? throw new CoachOutputRejectedException($"'{name}' has {items.Count} items, expected {min} to {max}")
            : items;
    }

    /// <summary>Rejects text that brings in numbers, names, links or markup that the input did not have.</summary>
    public static void Grounded(IEnumerable<string> output, string sources)
    {
        HashSet<decimal>? known = null;
        foreach (var text in output)
        {
            if (text.Contains('{', StringComparison.Ordinal) || text.Contains('<', StringComparison.Ordinal))
            {
                throw new CoachOutputRejectedException("the answer holds markup or placeholders");
            }

            foreach (Match match in Tokens().Matches(text))
            {
                var token = match.Value;
                var isNumber = char.IsDigit(token[0]);
                var isLink = token.Contains('@', StringComparison.Ordinal) || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
                var isName = !isNumber && !isLink && char.IsUpper(token[0]) && token.Length > 1 && !StartsSentence(text, match.Index) && !PoliteAddress.Contains(token);
                if ((isNumber || isLink || isName) && !sources.Contains(token, StringComparison.OrdinalIgnoreCase))
                {
                    throw new CoachOutputRejectedException(isNumber ? "a number not in the recorded answers" : isLink ? "a link not in the recorded answers" : "a name not in the recorded answers");
                }
            }

            // Numbers in words and unit words ("three", "пять тысяч", "5 тыс.", "5 tys."): the value each names must be in the sources.
            foreach (var (_, value) in NumberWords.In(text))
            {
                known ??= NumberWords.AllValues(sources);
                if (!known.Contains(value))
                {
                    throw new CoachOutputRejectedException("a number in words not in the recorded answers");
                }
            }
        }
    }

    /// <summary>Whether <paramref name="part"/> occurs in <paramref name="text"/>, ignoring case and runs of white space.</summary>
    public static bool Quotes(string text, string part) =>
        part.Trim().Length > 0 && Squash(text).Contains(Squash(part), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string text) => Spaces().Replace(text.Trim(), " ");

    private static bool StartsSentence(string text, int index)
    {
        var before = text[..index].TrimEnd(' ', '"', '\'', '“', '‘', '„', '«', '(');
        return before.Length == 0 || before[^1] is '.' or '!' or '?' or ':' or ';' or '-' or '—' or '\n';
    }

    /// <summary>
    /// The capitalized pronouns of polite address, which are not names: Russian "Вы" and its forms, Polish "Pan", "Pani",
    /// "Państwo" and the "Ty" / "Wy" forms capitalized in letters.
    /// </summary>
    private static readonly HashSet<string> PoliteAddress = new(
        """
        Вы Вас Вам Вами Ваш Ваша Ваше Ваши Вашего Вашей Вашему Вашим Вашими Ваших Вашу Тебя Тебе Тобой Твой Твоя Твоё Твое Твои Твоего Твоей Твоему Твоим Твоих Твою
        Pan Pana Panu Panem Panie Pani Panią Państwo Państwa Państwu Państwem Ty Ciebie Cię Tobie Ci Tobą Twój Twoja Twoje Twojego Twojej Twojemu Twoim Twoją Twoich Twoimi
        Wy Was Wam Wami Wasz Wasza Wasze Waszego Waszej Waszemu Waszym Waszą Waszych Waszymi
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    [GeneratedRegex(@"[\w.@:/\-]*\w")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
