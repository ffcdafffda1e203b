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
}
