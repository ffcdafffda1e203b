using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Nudges;
using SalesBot.Dialogs.Tests.Transcripts;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Nudges;

/// <summary>A <see cref="TestBot"/> with the dispatcher run by hand (not on a timer) and a recording Teams channel.</summary>
internal static class NudgeBot
{
    public static Task<TestBot> StartAsync(RecordingNudgeChannel channel, FakeTimeProvider clock, TempFolder? folder = null) =>
        TestBot.StartAsync(
            folder,
            clock,
            new Dictionary<string, string?> { ["Nudges:Enabled"] = "false", ["Nudges:DefaultTimeZone"] = "Europe/Warsaw" },
            services => services.AddSingleton<INudgeChannel>(channel));

    public static Task<int> DispatchAsync(this TestBot bot) =>
        bot.Services.GetRequiredService<NudgeDispatcher>().DispatchDueAsync(CancellationToken.None);

    public static INudgeStore Nudges(this TestBot bot) => bot.Services.GetRequiredService<INudgeStore>();

    /// <summary>Gives the user a Teams address, as the Teams adapter does on their first message.</summary>
    public static Task ReachableOnTeamsAsync(this TestBot bot, Owner owner, string? timeZone = null, string locale = "en-US") =>
        bot.Services.GetRequiredService<IChannelStore>().SaveAddressAsync(
            new ChannelAddress(owner, "msteams", "{}", locale, timeZone, true, null, bot.Clock.GetUtcNow()), CancellationToken.None);

    public static TestFlow TeamsFlow(this TestBot bot, string user = "ann", string tenant = "t1", string? timeZone = null) =>
        new(bot, bot.Flow(user, tenant, "teams-1:1", "msteams").Turn with { TimeZone = timeZone });

    /// <summary>Starts a deal for the prospect without answering anything.</summary>
    public static TestFlow NewDeal(this TestFlow flow, string prospect) =>
        flow.Send($"screen {prospect}").IgnoreReplies().Send("cancel").IgnoreReplies();
}
