namespace SalesBot.Host.Cli;

/// <summary>Where a verb writes: what it did to Out, what went wrong to Error.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    public static CliConsole Standard => new(Console.Out, Console.Error);
}
