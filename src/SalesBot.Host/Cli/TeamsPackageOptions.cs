namespace SalesBot.Host.Cli;

/// <summary>The arguments of <c>teams-package</c>.</summary>
internal sealed record TeamsPackageOptions(Guid AppId, string OutputPath, string? Name, string? Domain, string? ManifestDirectory, bool Help)
{
    public const string DefaultOutput = "salesbot-teams.zip";

    public const string Usage =
        "Usage: teams-package --app-id <guid> [--out salesbot-teams.zip] [--name <short name>] [--domain <bot host name>] [--manifest-dir <folder>]\n" +
        "  --app-id        the Microsoft App ID of your Azure Bot (MicrosoftAppId); becomes the app id and the bot id\n" +
        "  --out           the zip to write (default salesbot-teams.zip); relative paths start at the repository root\n" +
        "  --name          the app's short name in Teams, up to 30 characters (default SalesBot)\n" +
        "  --domain        the host name the bot is reached at, for validDomains (for example salesbot.azurewebsites.net)\n" +
        "  --manifest-dir  the folder with manifest.json, color.png and outline.png (default: manifests/teams of this repository)";

    public static TeamsPackageOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?")
            {
                return new TeamsPackageOptions(Guid.Empty, DefaultOutput, null, null, null, Help: true);
            }

            var (name, inline) = arg.Split('=', 2) is [var n, var v] ? (n, v) : (arg, null);
            if (name is not ("--app-id" or "--out" or "--name" or "--domain" or "--manifest-dir"))
            {
                throw new CliInputException($"Unknown argument \"{arg}\".");
            }

            var value = inline ?? (i + 1 < args.Count ? args[++i] : throw new CliInputException($"{name} needs a value."));
            if (!values.TryAdd(name, value))
            {
                throw new CliInputException($"{name} is given twice.");
            }
        }

        return new TeamsPackageOptions(
            ParseAppId(values.GetValueOrDefault("--app-id")),
            NotBlank(values.GetValueOrDefault("--out") ?? DefaultOutput, "--out"),
            values.TryGetValue("--name", out var appName) ? AppName(appName) : null,
            values.TryGetValue("--domain", out var domain) ? HostName(domain) : null,
            values.TryGetValue("--manifest-dir", out var folder) ? NotBlank(folder, "--manifest-dir") : null,
            Help: false);
    }

    private static Guid ParseAppId(string? value)
    {
        if (value is null)
        {
            throw new CliInputException("--app-id is required: the Microsoft App ID of your Azure Bot.");
        }

        if (!Guid.TryParseExact(value.Trim(), "D", out var id))
        {
            throw new CliInputException($"--app-id \"{value}\" is not a GUID like 00000000-0000-0000-0000-000000000000 (the Azure Bot's Microsoft App ID).");
        }

        return id == Guid.Empty ? throw new CliInputException("--app-id must not be the empty GUID.") : id;
    }

    private static string AppName(string value)
    {
        var name = value.Trim();
        return name.Length is > 0 and <= 30 ? name : throw new CliInputException($"--name must be 1 to 30 characters (Teams' short name); \"{value}\" is {name.Length}.");
    }

    private static string HostName(string value)
    {
        var host = Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri.Host : value.Trim();
        return Uri.CheckHostName(host) == UriHostNameType.Dns
            ? host
            : throw new CliInputException($"--domain \"{value}\" is not a host name like salesbot.azurewebsites.net.");
    }

    private static string NotBlank(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new CliInputException($"{name} needs a value.") : value;
}
