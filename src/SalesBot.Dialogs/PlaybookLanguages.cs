namespace SalesBot.Dialogs;

/// <summary>
/// The playbook in each language it is translated into; English is the playbook itself. A user's texts come from the
/// translation of their language; the structure (steps, questions, rules) is the same in all, so the judgement is too.
/// </summary>
public sealed class PlaybookLanguages
{
    public const string English = "en";

    private readonly Dictionary<string, Playbook> _byLanguage = new(StringComparer.OrdinalIgnoreCase);

    public PlaybookLanguages(Playbook english, IEnumerable<PlaybookTranslation> translations, IEnumerable<string>? warnings = null)
    {
        EnglishPlaybook = english;
        var all = new List<string>(warnings ?? []);
        foreach (var translation in translations)
        {
            if (!SameStructure(english, translation.Playbook))
            {
                all.Add($"The {translation.Language} translation does not match the playbook's steps and questions; {translation.Language} users see the playbook in English.");
                continue;
            }

            _byLanguage[translation.Language] = translation.Playbook;
            all.AddRange(translation.Warnings);
        }

        Warnings = all;
    }

    public Playbook EnglishPlaybook { get; }

    /// <summary>What the translations leave in English or name wrongly; logged at start-up.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The languages a user can choose: English and every loaded translation.</summary>
    public IReadOnlyList<string> Available => [English, .. _byLanguage.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The playbook in the language of <paramref name="locale"/> ("ru-RU", "pl", "en-US"); English when there is none.</summary>
    public Playbook For(string? locale) =>
        LanguageOf(locale) is { } language && _byLanguage.TryGetValue(language, out var playbook) ? playbook : EnglishPlaybook;

    /// <summary>The two-letter language of a locale: "ru-RU" → "ru"; null for none.</summary>
    public static string? LanguageOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var dash = locale.IndexOfAny(['-', '_']);
        return (dash > 0 ? locale[..dash] : locale).Trim().ToLowerInvariant();
    }

    private static bool SameStructure(Playbook a, Playbook b) =>
        a.Steps.Count == b.Steps.Count
        && a.Steps.Zip(b.Steps).All(pair => pair.First.Id == pair.Second.Id
            && pair.First.Questions.Select(q => q.Id).SequenceEqual(pair.Second.Questions.Select(q => q.Id)));
}
