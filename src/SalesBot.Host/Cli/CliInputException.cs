namespace SalesBot.Host.Cli;

/// <summary>Bad arguments or input files; the message is shown to the user as it is.</summary>
internal sealed class CliInputException(string message) : Exception(message);
