using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SalesBot.Core.Playbooks.Document;

namespace SalesBot.Core.Playbooks;

/// <summary>
/// Reads a playbook from its JSON text, checks all of it, and builds the immutable <see cref="Playbook"/>.
/// Core reads no files: the host reads a team's playbook file and passes its text here.
/// </summary>
public static class PlaybookLoader
{
    public const string DefaultSource = "default-playbook.json";

    private const string DefaultResource = "SalesBot.Core.default-playbook.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<Playbook> Default = new(() => Load(ReadDefaultJson(), DefaultSource));

    /// <summary>Words the bot's commands use; a step id may not be one of them.</summary>
    public static IReadOnlyCollection<string> ReservedStepIds => PlaybookNames.ReservedStepIds;

    /// <summary>The playbook that ships with SalesBot.</summary>
    public static Playbook LoadDefault() => Default.Value;

    /// <param name="json">The playbook file's text.</param>
    /// <param name="source">The file's name, used in error messages.</param>
    /// <exception cref="PlaybookException">The text is not JSON, or the playbook breaks a rule; the message lists every problem.</exception>
    public static Playbook Load(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);

        PlaybookDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PlaybookDocument>(json, Options);
        }
        catch (JsonException exception)
        {
            throw new PlaybookException(Invalid(source, [JsonErrorText.Describe(exception)]), exception);
        }

        if (document is null)
        {
            throw new PlaybookException(Invalid(source, ["$: the document is empty (null); expected a playbook object"]));
        }

        var problems = PlaybookValidator.Validate(document);
        if (problems.Count > 0)
        {
            throw new PlaybookException(Invalid(source, problems));
        }

        return PlaybookBuilder.Build(document);
    }

    /// <summary>The languages the shipped playbook is translated into, besides English.</summary>
    public static IReadOnlyList<string> DefaultTranslations { get; } = ["ru", "pl"];

    /// <summary>The overlay file that translates <paramref name="playbookFile"/> into <paramref name="language"/>: "team.json" → "team.ru.json".</summary>
    public static string OverlayFileName(string playbookFile, string language) =>
        Path.ChangeExtension(playbookFile, null) + "." + language + Path.GetExtension(playbookFile);

    /// <summary>The shipped playbook in one of <see cref="DefaultTranslations"/>.</summary>
    public static PlaybookTranslation LoadDefault(string language) =>
        Translate(ReadDefaultJson(), DefaultSource, ReadResource(OverlayFileName(DefaultResource, language)), OverlayFileName(DefaultSource, language), language);

    /// <summary>
    /// Lays the translation overlay <paramref name="overlayJson"/> over the playbook <paramref name="json"/> and builds the
    /// playbook in that language. Texts the overlay lacks stay English; they and overlay keys naming nothing in the
    /// playbook are returned as warnings. The structure always comes from the playbook, so the judgement cannot differ.
    /// </summary>
    /// <exception cref="PlaybookException">Either file is not JSON, or the playbook breaks a rule.</exception>
    public static PlaybookTranslation Translate(string json, string source, string overlayJson, string overlaySource, string language)
    {
        ArgumentNullException.ThrowIfNull(overlayJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        Load(json, source);
        var playbook = ParseObject(json, source);
        var overlay = ParseObject(overlayJson, overlaySource);
        var warnings = new List<string>();
        if (overlay["language"] is JsonValue declared && declared.ToString() is var named && !string.Equals(named, language, StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"$.language: the overlay says '{named}' but is loaded as '{language}'");
        }

        var merged = PlaybookOverlay.Apply(playbook, overlay, warnings);
        var translated = Load(merged.ToJsonString(), $"{source} + {overlaySource}");
        return new PlaybookTranslation(language, translated, warnings.Select(w => $"{overlaySource} {w}").ToArray());
    }

    private static JsonObject ParseObject(string json, string source)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new PlaybookException(Invalid(source, ["$: expected an object"]));
        }
        catch (JsonException exception)
        {
            throw new PlaybookException(Invalid(source, [JsonErrorText.Describe(exception)]), exception);
        }
    }

    internal static string ReadDefaultJson() => ReadResource(DefaultResource);

    private static string ReadResource(string name)
    {
        using var stream = typeof(PlaybookLoader).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from SalesBot.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Invalid(string source, IEnumerable<string> problems) =>
        $"Playbook '{source}' is invalid:\n- " + string.Join("\n- ", problems);
}
