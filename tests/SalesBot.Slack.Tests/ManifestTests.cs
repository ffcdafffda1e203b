using System.Text.RegularExpressions;

namespace SalesBot.Slack.Tests;

/// <summary>manifests/slack/manifest.yml asks Slack for what the code needs and points at the endpoints the code maps.</summary>
public sealed partial class ManifestTests
{
    private static readonly string Manifest = File.ReadAllText(Path.Combine(RepositoryRoot(), "manifests", "slack", "manifest.yml"));

    [Fact]
    public void BotScopes_AreExactlyTheScopesTheInstallAsksFor()
    {
        var start = Manifest.IndexOf("    bot:\n", StringComparison.Ordinal);
        var block = Manifest[start..Manifest.IndexOf("\nsettings:", start, StringComparison.Ordinal)];
        var scopes = ListItem().Matches(block).Select(m => m.Groups["item"].Value).Order();

        Assert.Equal(SlackScopes.Default.Split(',').Order(), scopes);
    }

    [Theory]
    [InlineData("command: /salesbot")]
    [InlineData("usage_hint: ")]
    [InlineData("url: https://salesbot.example.com/api/slack/commands")]
    [InlineData("request_url: https://salesbot.example.com/api/slack/events")]
    [InlineData("request_url: https://salesbot.example.com/api/slack/interactions")]
    [InlineData("- https://salesbot.example.com/api/slack/oauth_redirect")]
    [InlineData("home_tab_enabled: true")]
    [InlineData("messages_tab_enabled: true")]
    [InlineData("messages_tab_read_only_enabled: false")]
    [InlineData("socket_mode_enabled: false")]
    public void Manifest_HasTheCommandEndpointsAndAppHome(string line)
    {
        Assert.Contains(line, Manifest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("app_home_opened")]
    [InlineData("app_mention")]
    [InlineData("app_uninstalled")]
    [InlineData("message.im")]
    [InlineData("tokens_revoked")]
    public void EveryEventTheCodeHandles_IsSubscribed(string ev)
    {
        Assert.Matches(new Regex($@"\n\s+- {Regex.Escape(ev)}\n"), Manifest);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SalesBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SalesBot.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^\s*- (?<item>\S+)$", RegexOptions.Multiline)]
    private static partial Regex ListItem();
}
