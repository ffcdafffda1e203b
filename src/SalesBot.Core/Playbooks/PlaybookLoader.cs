using System.Text.Json;
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

    internal static string ReadDefaultJson()
    {
        using var stream = typeof(PlaybookLoader).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The embedded resource '{DefaultResource}' is missing from SalesBot.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Invalid(string source, IEnumerable<string> problems) =>
        $"Playbook '{source}' is invalid:\n- " + string.Join("\n- ", problems);
}
