using SalesBot.Core.Localization;

namespace SalesBot.Core.Playbooks;

public static class Severities
{
    /// <summary>The label the bot puts before a flag, in the current language: "Red flag", "Blocker", "Hard stop".</summary>
    public static string Label(this Severity severity) => severity switch
    {
        Severity.Warning or Severity.Blocker or Severity.HardStop => CoreText.Get("Severity." + severity),
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>The name a playbook file and an export use: "warning", "blocker", "hardStop".</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Warning => "warning",
        Severity.Blocker => "blocker",
        Severity.HardStop => "hardStop",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
