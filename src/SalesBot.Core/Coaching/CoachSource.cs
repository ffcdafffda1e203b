namespace SalesBot.Core.Coaching;

/// <summary>Who wrote a coaching result: the deterministic templates and keyword rules, or the language model.</summary>
public enum CoachSource
{
    Template = 0,
    Model = 1,
}
