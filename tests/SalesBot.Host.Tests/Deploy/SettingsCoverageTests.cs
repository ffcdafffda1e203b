using System.Text.RegularExpressions;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>Every setting SalesBot reads is set by the Azure template or documented as optional in deploymentTemplates/README.md.</summary>
public sealed partial class SettingsCoverageTests
{
    /// <summary>Settings the template sets that are not SalesBot options: ASP.NET Core's and .NET logging's own.</summary>
    private static readonly string[] FrameworkKeys = ["Urls", "ASPNETCORE_FORWARDEDHEADERS_ENABLED", "Logging:Console:FormatterName"];

    private static readonly HashSet<string> TemplateKeys = ArmTemplate.Main.AppSettings.Keys
        .Select(name => name.Replace("__", ":", StringComparison.Ordinal))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> DocumentedKeys = DocumentedKey().Matches(Repository.Read("deploymentTemplates", "README.md"))
        .Select(m => m.Groups["key"].Value)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public static TheoryData<string> Keys => new(HostSettings.Keys);

    [Fact]
    public void Discovery_FindsTheSettingsOfEveryProject()
    {
        // If these go missing, discovery is broken and the theory below would pass on nothing.
        Assert.Contains("MicrosoftAppId", HostSettings.Keys);
        Assert.Contains("Storage:Provider", HostSettings.Keys);
        Assert.Contains("Playbook:Path", HostSettings.Keys);
        Assert.Contains("Conversation:MaxMessageLength", HostSettings.Keys);
        Assert.Contains("BotAuth:AllowedServiceUrlHosts", HostSettings.Keys);
        Assert.Contains("Slack:SocketMode:PingTimeout", HostSettings.Keys);
        Assert.Contains("Metrics:BearerToken", HostSettings.Keys);
        Assert.Contains("Nudges:DefaultTimeZone", HostSettings.Keys);
        Assert.Contains("OpenAI:ApiKey", HostSettings.Keys);
        Assert.DoesNotContain("Slack:SocketMode", HostSettings.Keys);
        Assert.DoesNotContain("Slack:Enabled", HostSettings.Keys);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Setting_IsSetByTheTemplate_OrDocumentedAsOptional(string key)
    {
        Assert.True(
            TemplateKeys.Contains(key) || DocumentedKeys.Contains(key),
            $"SalesBot reads '{key}', but deploymentTemplates/main.bicep does not set it (as {key.Replace(":", "__", StringComparison.Ordinal)}) " +
            "and deploymentTemplates/README.md does not list it under the optional settings.");
    }

    [Fact]
    public void EverySettingTheTemplateSets_IsOneSalesBotReads()
    {
        var known = HostSettings.Keys.Concat(FrameworkKeys).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = TemplateKeys.Where(key => !known.Contains(key)).ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void ReadmeDocuments_OnlySettingsThatExist()
    {
        var known = HostSettings.Keys.Concat(FrameworkKeys).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var unknown = DocumentedKeys.Where(key => !known.Contains(key)).ToList();

        Assert.NotEmpty(DocumentedKeys);
        Assert.Empty(unknown);
    }

    /// <summary>A table row of the optional settings: "| `Section:Key` | ...".</summary>
    [GeneratedRegex(@"^\|\s*`(?<key>[A-Za-z][A-Za-z0-9_:]*)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex DocumentedKey();
}
