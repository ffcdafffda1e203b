using Microsoft.Extensions.Options;
using SalesBot.Core.Nudges;
using SalesBot.Core.Users;

namespace SalesBot.Dialogs.Nudges;

/// <summary>What a turn needs to plan and change nudges: the outbox, the planner and each user's timing.</summary>
public sealed class NudgeServices(INudgeStore store, Playbook playbook, IOptions<NudgeOptions> options)
{
    private readonly NudgeOptions _options = options.Value;

    public INudgeStore Store { get; } = store;

    public NudgePlanner Planner { get; } = new(playbook.Nudges);

    public WorkingHours Hours => new(_options.WorkdayStart, _options.WorkdayEnd, _options.QuietStart, _options.QuietEnd);

    /// <summary>The user's zone when known and valid, else the configured default.</summary>
    public TimeZoneInfo ZoneOf(string? timeZone) =>
        timeZone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(_options.DefaultTimeZone);

    public NudgeTiming TimingFor(UserProfile? profile) => NudgeTiming.For(profile, ZoneOf(profile?.TimeZone), Hours);
}
