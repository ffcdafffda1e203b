using SalesBot.Core.Coaching;

namespace SalesBot.Dialogs.Flows;

internal static class Quote
{
    /// <summary>A prospect name as it must be typed in a command.</summary>
    public static string Name(string prospect) => NextStepAdvisor.Quote(prospect);
}
