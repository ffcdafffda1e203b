using System.Text.Json;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>
/// Writes every sample card to "cards/" in the test output folder, where tests/cards-check/check.mjs validates them
/// with the adaptivecards package and the official 1.5 JSON schema.
/// </summary>
public sealed class CardFilesTests
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "cards");

    [Fact]
    public void EverySampleCard_IsWrittenAsJsonForTheSchemaCheck()
    {
        Directory.CreateDirectory(Folder);
        foreach (var old in Directory.GetFiles(Folder, "*.json"))
        {
            File.Delete(old);
        }

        var samples = CardSamples.All().ToList();
        foreach (var (name, attachment) in samples)
        {
            var card = WireCard.Content(attachment);
            File.WriteAllText(Path.Combine(Folder, name + ".json"), card.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        Assert.Equal(samples.Count, Directory.GetFiles(Folder, "*.json").Length);
        using var reread = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "question-yes-no.json")));
        Assert.Equal("1.5", reread.RootElement.GetProperty("version").GetString());
    }
}
