namespace SalesBot.Core.Playbooks;

public static class Severities
{
    /// <summary>The label the bot puts before a flag: "Red flag", "Blocker", "Hard stop".</summary>
    public static string Label(this Severity severity) => severity switch
    {
        Severity.Warning => "Red flag",
        Severity.Blocker => "Blocker",
        Severity.HardStop => "Hard stop",
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
