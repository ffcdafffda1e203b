using System.Text.Json.Nodes;

namespace SalesBot.Teams.Tests.Cards;

/// <summary>manifests/teams: what Teams checks on upload that the JSON schema alone does not.</summary>
public sealed class TeamsManifestTests
{
    private static readonly string Folder = FindFolder();

    private static readonly string[] MainCommands = ["help", "qualify", "deal", "deals", "screen", "prepare", "needs", "engage", "log", "export"];

    [Fact]
    public void Manifest_UsesOneSchemaVersion_AndThePlaceholderForTheAppAndBotId()
    {
        var manifest = Manifest();

        var version = manifest["manifestVersion"]!.GetValue<string>();
        Assert.Matches(@"^1\.(19|[2-9]\d)$", version);
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal("${{BOT_ID}}", manifest["id"]!.GetValue<string>());
        Assert.Equal("${{BOT_ID}}", Bot(manifest)["botId"]!.GetValue<string>());
    }

    [Fact]
    public void Bot_WorksInPersonalTeamAndGroupChats_WithoutFiles()
    {
        var bot = Bot(Manifest());

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
    }

    [Fact]
    public void CommandLists_CoverEveryScope_WithTheMainCommands_WithinTeamsLimits()
    {
        var lists = Bot(Manifest())["commandLists"]!.AsArray();

        Assert.Equal(
            ["groupChat", "personal", "team"],
            lists.SelectMany(l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>())).Order());
        Assert.All(lists, list =>
        {
            var commands = list!["commands"]!.AsArray().Select(c => c!.AsObject()).ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.Equal(MainCommands.Order(), commands.Select(c => c["title"]!.GetValue<string>()).Order());
            Assert.All(commands, c =>
            {
                Assert.InRange(c["title"]!.GetValue<string>().Length, 1, 32);
                Assert.InRange(c["description"]!.GetValue<string>().Length, 1, 128);
            });
        });
    }

    [Fact]
    public void ColorIcon_Is192SquareAndOpaque()
    {
        var icon = PngPixels.Read(Path.Combine(Folder, Manifest()["icons"]!["color"]!.GetValue<string>()));

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(icon.Pixels().Select(p => (p.R, p.G, p.B)).Distinct().Count() > 2, "full colour, not a flat square");
    }

    [Fact]
    public void OutlineIcon_Is32SquareWhiteOnTransparent()
    {
        var icon = PngPixels.Read(Path.Combine(Folder, Manifest()["icons"]!["outline"]!.GetValue<string>()));

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(icon.Pixels(), p => p.A == 0);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
    }

    private static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

    private static JsonObject Bot(JsonObject manifest) => Assert.Single(manifest["bots"]!.AsArray())!.AsObject();

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
