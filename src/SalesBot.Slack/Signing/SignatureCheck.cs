namespace SalesBot.Slack.Signing;

/// <summary>The outcome of checking a request's Slack signature; only <see cref="Valid"/> lets it through.</summary>
public enum SignatureCheck
{
    Valid,
    NoSigningSecret,
    MissingHeaders,
    MalformedTimestamp,
    StaleTimestamp,
    FutureTimestamp,
    Mismatch,
}
