using Microsoft.Extensions.Options;

namespace SalesBot.Dialogs;

/// <summary>Loads the configured playbook file, or the shipped default, and its translations.</summary>
internal static class PlaybookProvider
{
    public static Playbook Load(IOptions<PlaybookOptions> options)
    {
        var path = options.Value.Path;
        if (string.IsNullOrWhiteSpace(path))
        {
            return PlaybookLoader.LoadDefault();
        }

        return PlaybookLoader.Load(Read(path), path);
    }

    /// <summary>
    /// The translations of the playbook: the shipped ru and pl overlays for the default playbook; for a team's own
    /// playbook "team.ru.json", "team.pl.json" next to it. A missing overlay is a warning: those users see English.
    /// </summary>
    public static PlaybookLanguages LoadLanguages(IOptions<PlaybookOptions> options, Playbook english)
    {
        var path = options.Value.Path;
        var translations = new List<PlaybookTranslation>();
        var warnings = new List<string>();
        foreach (var language in PlaybookLoader.DefaultTranslations)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                translations.Add(PlaybookLoader.LoadDefault(language));
                continue;
            }

            var overlay = PlaybookLoader.OverlayFileName(path, language);
            if (!File.Exists(overlay))
            {
                warnings.Add($"{overlay} not found: users whose language is {language} see playbook '{path}' in English.");
                continue;
            }

            translations.Add(PlaybookLoader.Translate(Read(path), path, Read(overlay), overlay, language));
        }

        return new PlaybookLanguages(english, translations, warnings);
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new PlaybookException($"Playbook '{path}' could not be read: {ex.Message}", ex);
        }
    }
}
