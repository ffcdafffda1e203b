using System.Diagnostics;

namespace SalesBot.AI;

/// <summary>The AI coach's span ("coach summary", ...): the task and how it ended, never what was sent or received.</summary>
public static class AITracing
{
    public const string SourceName = "SalesBot.AI";

    internal static readonly ActivitySource Source = new(SourceName);
}
