namespace SalesBot.Storage;

/// <summary>The name of the store's span source, for the host's OpenTelemetry setup.</summary>
public static class StorageTracing
{
    public const string SourceName = "SalesBot.Storage";
}
