using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesBot.Slack.Processing;

/// <summary>A job as it is kept in the inbox: JSON with its kind, read back into the same record.</summary>
internal static class SlackJobJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(SlackJob job) => JsonSerializer.Serialize(job, Options);

    /// <summary>The job, or null when the payload is not a job this version knows.</summary>
    public static SlackJob? Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<SlackJob>(payload, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
