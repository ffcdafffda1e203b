using SalesBot.Core.Conversations;

namespace SalesBot.Core.Coaching;

/// <summary>Every coaching request says whose data it carries (the AI coach is opt-in per tenant) and which language to write in.</summary>
public interface ICoachRequest
{
    Owner Owner { get; }

    /// <summary>
    /// The two-letter language the coach writes in ("en", "ru", "pl"): by default that of the UI culture the request is
    /// made in, which is the turn's (or the nudge's) language; the templates read the same culture.
    /// </summary>
    string Language { get; }
}
