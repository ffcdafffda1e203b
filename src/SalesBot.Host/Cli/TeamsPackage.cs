using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SalesBot.Host.Cli;

/// <summary>The files of a Teams app package: the manifest with the placeholders filled in, and its two icons, all at the zip's root.</summary>
internal sealed class TeamsPackage
{
    public const string ManifestFile = "manifest.json";

    public const string BotIdPlaceholder = "${{BOT_ID}}";

    public const string DomainPlaceholder = "${{BOT_DOMAIN}}";

    private static readonly JsonSerializerOptions ManifestJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Fixed entry times so the same input gives the same zip.</summary>
    private static readonly DateTimeOffset EntryTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly List<(string Name, byte[] Content)> _entries;

    private TeamsPackage(List<(string Name, byte[] Content)> entries) => _entries = entries;

    public IEnumerable<string> EntryNames => _entries.Select(e => e.Name);

    public static async Task<TeamsPackage> BuildAsync(string folder, TeamsPackageOptions options, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(folder, ManifestFile);
        JsonObject manifest;
        try
        {
            manifest = JsonNode.Parse(await File.ReadAllTextAsync(manifestPath, cancellationToken))?.AsObject()
                ?? throw new CliInputException($"{manifestPath} is empty.");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new CliInputException($"{manifestPath} is not a JSON object: {ex.Message}");
        }

        Fill(manifest, options);
        var text = manifest.ToJsonString(ManifestJson);
        if (text.Contains("${{", StringComparison.Ordinal))
        {
            throw new CliInputException($"{manifestPath} has a placeholder this command does not fill: {Placeholder(text)}.");
        }

        var entries = new List<(string, byte[])> { (ManifestFile, System.Text.Encoding.UTF8.GetBytes(text + "\n")) };
        entries.Add(await IconAsync(folder, manifest, "color", 192, cancellationToken));
        entries.Add(await IconAsync(folder, manifest, "outline", 32, cancellationToken));
        foreach (var file in LocalizationFiles(manifest))
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new CliInputException($"{manifestPath} names the localization file {file}, which is not in {folder}.");
            }

            entries.Add((file, await File.ReadAllBytesAsync(path, cancellationToken)));
        }

        return new TeamsPackage(entries);
    }

    /// <summary>The files <c>localizationInfo.additionalLanguages</c> names (ru.json, pl.json), which go into the zip next to the manifest.</summary>
    private static IEnumerable<string> LocalizationFiles(JsonObject manifest) =>
        manifest["localizationInfo"]?["additionalLanguages"]?.AsArray()
            .Select(language => language?["file"]?.GetValue<string>())
            .OfType<string>()
            .Where(file => Path.GetFileName(file) == file) ?? [];

    public async Task WriteZipAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 4096, useAsync: true);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in _entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTime;
            await using var stream = entry.Open();
            await stream.WriteAsync(content, cancellationToken);
        }
    }

    private static void Fill(JsonObject manifest, TeamsPackageOptions options)
    {
        var appId = options.AppId.ToString("D");
        manifest["id"] = appId;
        foreach (var bot in manifest["bots"]?.AsArray() ?? [])
        {
            if (bot is JsonObject botObject)
            {
                botObject["botId"] = appId;
            }
        }

        if (options.Name is { } name)
        {
            manifest["name"] = new JsonObject { ["short"] = name, ["full"] = name };
        }

        if (manifest["validDomains"] is JsonArray domains)
        {
            var filled = domains
                .Select(d => d?.GetValue<string>() == DomainPlaceholder ? options.Domain : d?.GetValue<string>())
                .OfType<string>()
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(d => (JsonNode)JsonValue.Create(d));
            manifest["validDomains"] = new JsonArray([.. filled]);
        }
    }

    private static async Task<(string, byte[])> IconAsync(string folder, JsonObject manifest, string kind, int size, CancellationToken cancellationToken)
    {
        var name = manifest["icons"]?[kind]?.GetValue<string>() ?? throw new CliInputException($"{ManifestFile} names no icons.{kind}.");
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            throw new CliInputException($"The {kind} icon {path} is missing.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return PngSize.Read(bytes) is { } actual && actual == (size, size)
            ? (name.Replace('\\', '/'), bytes)
            : throw new CliInputException($"The {kind} icon {path} must be a {size}x{size} PNG.");
    }

    private static string Placeholder(string text)
    {
        var start = text.IndexOf("${{", StringComparison.Ordinal);
        var end = text.IndexOf("}}", start, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..(end + 2)];
    }
}
