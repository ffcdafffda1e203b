using Microsoft.Extensions.Options;
using SalesBot.Core.Nudges;
using SalesBot.Core.Users;

namespace SalesBot.Dialogs.Nudges;

/// <summary>
/// What a turn needs to plan and change nudges: the outbox, the planner and each user's timing. The planner knows the
/// unanswered and stall phrases of every language the playbook is translated into ("no answer", "не ответил",
/// "nie odebrał"), so a touch logged in any language starts "three calls and a letter".
/// </summary>
public sealed class NudgeServices(INudgeStore store, Playbook playbook, IOptions<NudgeOptions> options, PlaybookLanguages? languages = null)
{
    private readonly NudgeOptions _options = options.Value;

    public INudgeStore Store { get; } = store;

    public NudgePlanner Planner { get; } = new(InEveryLanguage(playbook, languages));

    public WorkingHours Hours => new(_options.WorkdayStart, _options.WorkdayEnd, _options.QuietStart, _options.QuietEnd);

    /// <summary>The user's zone when known and valid, else the configured default.</summary>
    public TimeZoneInfo ZoneOf(string? timeZone) =>
        timeZone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(_options.DefaultTimeZone);

    public NudgeTiming TimingFor(UserProfile? profile) => NudgeTiming.For(profile, ZoneOf(profile?.TimeZone), Hours);

    private static NudgeRules InEveryLanguage(Playbook playbook, PlaybookLanguages? languages)
    {
        if (languages is null)
        {
            return playbook.Nudges;
        }

        var all = languages.Available.Select(language => languages.For(language).Nudges.FollowUp).Prepend(playbook.Nudges.FollowUp).ToList();
        var followUp = playbook.Nudges.FollowUp with
        {
            UnansweredPhrases = all.SelectMany(f => f.UnansweredPhrases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            StallPhrases = all.SelectMany(f => f.StallPhrases).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
        return playbook.Nudges with { FollowUp = followUp };
    }
}
