using SalesBot.Dialogs.Pipeline;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Proactive;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Endpoint;

/// <summary>
/// The activities that run no dialog: an install or a new member gets the welcome (once: its delivery and the user's
/// address commit together first); an uninstall, or the bot removed, stops proactive messages.
/// </summary>
internal sealed class ConversationLifecycle(TurnPipeline pipeline, BotFrameworkAdapter adapter, TeamsAddressBook addresses)
{
    public async Task HandleAsync(InboundActivity inbound, CancellationToken cancellationToken)
    {
        var activity = inbound.Activity;
        var turn = BotFrameworkAdapter.ToTurn(activity);
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
            case ActivityTypes.InstallationUpdate when activity.Action is null or "add" or "add-upgrade":
                if (activity.From?.Id is not null)
                {
                    turn = turn with { Address = await addresses.ChangedAsync(turn.Owner, activity, cancellationToken) };
                }

                // Teams announces an install with both activities: it is greeted once, on installationUpdate.
                var greet = activity.Type == ActivityTypes.InstallationUpdate || activity.ChannelId != ReplyMapper.TeamsChannel;
                if (await pipeline.MarkHandledAsync(turn, cancellationToken) && greet)
                {
                    await adapter.SendAsync(inbound, turn, pipeline.Welcome(turn.Locale), cancellationToken);
                }

                return;
            case ActivityTypes.InstallationUpdate when activity.Action is "remove" or "remove-upgrade":
            case ActivityTypes.ConversationUpdate when activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true:
                await addresses.ForgetAsync(turn.Owner, activity.ChannelId!, "The app was uninstalled or the bot removed.", cancellationToken);
                return;
        }
    }
}
