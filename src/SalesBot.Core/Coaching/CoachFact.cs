namespace SalesBot.Core.Coaching;

/// <summary>
/// One recorded answer handed to the coach: the playbook's question (with "{prospect}" left in) and the answer as
/// recorded. The coach may use these and nothing else.
/// </summary>
public sealed record CoachFact(string Question, string Answer);
