namespace SalesBot.Host.Operations;

/// <summary>Section "Metrics": the Prometheus endpoint.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Where Prometheus text is served; the route itself is fixed so manifests and scrapers can rely on it.</summary>
    public const string Path = "/metrics";

    /// <summary>False: /metrics is not mapped (404) and nothing is collected for it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// When set, /metrics answers only requests with "Authorization: Bearer &lt;token&gt;" (Prometheus:
    /// <c>authorization: { credentials: ... }</c>). Set it whenever the host is reachable from the internet.
    /// </summary>
    public string? BearerToken { get; set; }
}
