using System.Text.Json.Nodes;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>manifests/teams localizationInfo: a Russian and a Polish file in the Teams localization format, within Teams' limits.</summary>
public sealed class TeamsManifestLocalizationTests
{
    private static readonly string Folder = FindFolder();

    [Fact]
    public void The_manifest_names_a_russian_and_a_polish_file_next_to_it()
    {
        var info = Manifest()["localizationInfo"]!.AsObject();

        Assert.Equal("en-us", info["defaultLanguageTag"]!.GetValue<string>());
        var languages = info["additionalLanguages"]!.AsArray().Select(l => (l!["languageTag"]!.GetValue<string>(), l["file"]!.GetValue<string>())).ToList();
        Assert.Equal([("ru", "ru.json"), ("pl", "pl.json")], languages);
        Assert.All(languages, l => Assert.True(File.Exists(Path.Combine(Folder, l.Item2)), l.Item2));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("pl")]
    public void Each_file_translates_the_name_the_description_and_every_command_within_teams_limits(string language)
    {
        var manifest = Manifest();
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, language + ".json")))!.AsObject();

        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{manifest["manifestVersion"]!.GetValue<string>()}/MicrosoftTeams.Localization.schema.json", file["$schema"]!.GetValue<string>());
        Assert.InRange(Text(file, "name.short").Length, 1, 30);
        Assert.InRange(Text(file, "name.full").Length, 1, 100);
        Assert.InRange(Text(file, "description.short").Length, 1, 80);
        Assert.InRange(Text(file, "description.full").Length, 1, 4000);
        Assert.NotEqual(manifest["description"]!["short"]!.GetValue<string>(), Text(file, "description.short"));

        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        var expected = new HashSet<string>(StringComparer.Ordinal) { "$schema", "name.short", "name.full", "description.short", "description.full" };
        for (var i = 0; i < lists.Count; i++)
        {
            var commands = lists[i]!["commands"]!.AsArray();
            for (var j = 0; j < commands.Count; j++)
            {
                var english = commands[j]!["title"]!.GetValue<string>();
                var title = Text(file, $"bots[0].commandLists[{i}].commands[{j}].title");
                Assert.InRange(title.Length, 1, 32);
                Assert.InRange(Text(file, $"bots[0].commandLists[{i}].commands[{j}].description").Length, 1, 128);
                // The localized title is what the user sends: it must be one of that language's words for the same command.
                Assert.Contains(title, CommandWords.In(english, language));
                expected.Add($"bots[0].commandLists[{i}].commands[{j}].title");
                expected.Add($"bots[0].commandLists[{i}].commands[{j}].description");
            }
        }

        Assert.Equal(expected.Order(StringComparer.Ordinal), file.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    private static string Text(JsonObject file, string key) => file[key]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"{key} is missing");

    private static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

    private static string FindFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "manifests", "teams");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No manifests/teams above {AppContext.BaseDirectory}");
    }
}
