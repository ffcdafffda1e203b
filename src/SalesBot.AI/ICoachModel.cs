using SalesBot.Core.Coaching;

namespace SalesBot.AI;

/// <summary>The coach on the language model itself, without budget or fallback: it throws when anything goes wrong.</summary>
internal interface ICoachModel : ICoach;
