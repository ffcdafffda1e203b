using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Dialogs.Localization;

namespace SalesBot.Slack.BlockKit;

/// <summary>A button that runs the next step's command, when the command is complete (no &lt;placeholder&gt; left to fill in).</summary>
internal static class CommandButton
{
    public static JsonObject? For(NextStep next)
    {
        if (next.Command is not { Length: > 0 and <= BlockKitLimits.ButtonValue } command || command.Contains('<', StringComparison.Ordinal))
        {
            return null;
        }

        return Blocks.Button(ActionIds.RunCommand, Label(command), command, "primary");
    }

    /// <summary>"prepare Acme" → "Prepare Acme", with the command word of the current language ("Подготовка Acme").</summary>
    private static string Label(string command) =>
        Words.Heading(CommandWords.LocalUsage(command.Split(' ', 2)[0], command).Replace("\"", "", StringComparison.Ordinal));
}
