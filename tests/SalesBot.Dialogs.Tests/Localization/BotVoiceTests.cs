using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SalesBot.Testing.Postgres;

namespace SalesBot.Dialogs.Tests.Localization;

/// <summary>
/// The bot speaks of itself without a gender: no first-person masculine past ("zapisałem", "я записал", "Не смог …")
/// in any Polish or Russian resource of any project, nor in the Polish and Russian playbooks. Impersonal forms
/// ("Zapisano", "Не удалось") or the present ("Nie rozumiem", "Не понимаю") say the same without one.
/// </summary>
public sealed partial class BotVoiceTests
{
    /// <summary>Matches that are not the bot speaking of itself: words a user may log a call with, a noun.</summary>
    private static readonly HashSet<string> NotTheBot = new(StringComparer.Ordinal)
    {
        "default-playbook.pl.json: zostawiłem",
        "default-playbook.pl.json: zostawiłam",
        "default-playbook.ru.json: не ответил",
        "default-playbook.ru.json: не дозвонился",
        "default-playbook.ru.json: не взял",
        "default-playbook.ru.json: оставил",
        "default-playbook.ru.json: Аврал",
    };

    /// <summary>
    /// Polish first person of the past or the conditional (-łem, -łam, -łbym, "bym pomógł", "gdybym wiedział") and
    /// "jestem zajęty"-like adjectives.
    /// </summary>
    [GeneratedRegex(@"\b\p{L}+(?:łem|łam|łbym|łabym|łobym)\b|\b\p{L}*bym(?:\s+\p{L}+){0,2}?\s+\p{L}+ł\b|\b[Jj]estem\s+\p{Ll}+[yi]\b")]
    private static partial Regex PolishFirstPerson();

    /// <summary>
    /// Russian past with the bot as its subject: after "я" within three words ("я не смог", "я его записал"), or
    /// opening a sentence with the subject left out ("Не смог прочитать", "Записал").
    /// </summary>
    [GeneratedRegex(@"(?i)\bя(?:\s+\p{L}+){0,3}?\s+\p{L}+[аеиоуыяёю]л(?:ся)?\b|\bя(?:\s+\p{L}+){0,3}?\s+\p{L}*(?:мог|шёл|шел)\b|(?-i)(?:^|[.!?:—]\s+)(?:[Нн]е\s+)?\p{Lu}?\p{Ll}*(?:[аеиоуыяё]л(?:ся)?|мог|шёл|шел)\b")]
    private static partial Regex RussianFirstPerson();

    [Fact]
    public void The_polish_and_russian_resources_and_playbooks_never_speak_of_the_bot_in_the_masculine()
    {
        var found = new List<string>();
        foreach (var (where, text) in Texts())
        {
            var pattern = where.Contains(".pl.", StringComparison.Ordinal) ? PolishFirstPerson() : RussianFirstPerson();
            foreach (Match match in pattern.Matches(text))
            {
                var hit = $"{where}: {match.Value.Trim(' ', '.', '!', '?', ':', '—')}";
                if (!NotTheBot.Contains(hit))
                {
                    found.Add($"{hit}   in \"{text}\"");
                }
            }
        }

        Assert.True(found.Count == 0, "The bot speaks of itself in the masculine:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("pl", "Zapisałem odpowiedź.")]
    [InlineData("pl", "Nie zrozumiałem, o co chodzi.")]
    [InlineData("pl", "Chętnie bym pomógł, gdybym wiedział.")]
    [InlineData("pl", "Jestem zajęty.")]
    [InlineData("ru", "Я записал ответ.")]
    [InlineData("ru", "Не понял ответа.")]
    [InlineData("ru", "Готово: я всё удалил.")]
    [InlineData("ru", "Извините, я не смог это прочитать.")]
    public void The_check_sees_a_masculine_first_person(string language, string text)
    {
        var pattern = language == "pl" ? PolishFirstPerson() : RussianFirstPerson();
        Assert.Matches(pattern, text);
    }

    [Theory]
    [InlineData("pl", "Zapisano odpowiedź. Nie rozumiem, o co chodzi. Oto podsumowanie.")]
    [InlineData("pl", "Klient odpisał, że jest gotów.")]
    [InlineData("ru", "Записано. Не понимаю ответа. Клиент ответил, что готов.")]
    [InlineData("ru", "Не удалось прочитать сумму. Пришло пустое сообщение.")]
    public void The_check_lets_neutral_forms_through(string language, string text)
    {
        var pattern = language == "pl" ? PolishFirstPerson() : RussianFirstPerson();
        Assert.DoesNotMatch(pattern, text);
    }

    /// <summary>Every value of every ru/pl .resx under src, and every string of the ru/pl playbooks, with where it comes from.</summary>
    private static IEnumerable<(string Where, string Text)> Texts()
    {
        var src = Path.Combine(TestPostgres.RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && (f.EndsWith(".pl.resx", StringComparison.Ordinal) || f.EndsWith(".ru.resx", StringComparison.Ordinal)))
            .ToList();
        Assert.True(files.Count >= 10, $"Only {files.Count} ru/pl resource files found under {src}.");
        foreach (var file in files)
        {
            foreach (var data in XDocument.Load(file).Root!.Elements("data"))
            {
                yield return ($"{Path.GetFileName(file)} {data.Attribute("name")!.Value}", data.Element("value")?.Value ?? "");
            }
        }

        foreach (var language in new[] { "pl", "ru" })
        {
            var name = $"default-playbook.{language}.json";
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(src, "SalesBot.Core", "Playbooks", name)));
            foreach (var text in Strings(json.RootElement))
            {
                yield return (name, text);
            }
        }
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
