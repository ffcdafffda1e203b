using System.Text.RegularExpressions;

namespace SalesBot.Host.Tests;

/// <summary>What the privacy tests look for in what an intruder was shown: the owner's answers and verdict words.</summary>
internal static class SensitiveText
{
    /// <summary>The owner's answers and the words of a verdict on them.</summary>
    public static readonly string[] Words = ["1,000", "1000", "stingy", "late payer", "CEO", "rude", "bad feeling", "Red flag", "Blocker", "Hard stop", "walk away", "needs work", "Budget"];

    /// <summary>
    /// Fails if any of <see cref="Words"/> stands in <paramref name="text"/> as a word, case aside; letters inside the
    /// random ids and export tokens a reply carries ("…MvpCEoK2…") are no CEO.
    /// </summary>
    public static void AssertNone(string text)
    {
        foreach (var word in Words)
        {
            var found = Regex.Match(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase);
            Assert.False(found.Success, $"\"{word}\" found: …{text[Math.Max(0, found.Index - 40)..Math.Min(text.Length, found.Index + 40)]}…");
        }
    }
}
