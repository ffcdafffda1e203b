namespace SalesBot.Host.Cli;

/// <summary>Exit codes of the host's verbs.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The files could not be read or written.</summary>
    public const int Failed = 1;

    /// <summary>The arguments or the manifest were wrong; the message says what to change.</summary>
    public const int BadInput = 2;
}
