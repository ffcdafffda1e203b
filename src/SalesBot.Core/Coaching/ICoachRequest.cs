using SalesBot.Core.Conversations;

namespace SalesBot.Core.Coaching;

/// <summary>Every coaching request says whose data it carries: the AI coach is opt-in per tenant.</summary>
public interface ICoachRequest
{
    Owner Owner { get; }
}
