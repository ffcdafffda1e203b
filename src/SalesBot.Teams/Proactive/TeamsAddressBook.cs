using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Proactive;

/// <summary>Keeps each Teams user's ConversationReference (and locale and time zone) for proactive messages.</summary>
internal sealed class TeamsAddressBook(IChannelStore store, TimeProvider time)
{
    /// <summary>
    /// The reference to save with the turn when it is new or changed (null otherwise); a 1:1 conversation id, once known,
    /// is kept. Read here, written by the turn's commit together with its answers.
    /// </summary>
    public async Task<ChannelAddress?> ChangedAsync(Owner owner, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.Id is null || !Mapping.ActivityValidator.IsHttpUrl(activity.ServiceUrl))
        {
            return null;
        }

        var existing = await store.GetAddressAsync(owner, activity.ChannelId!, cancellationToken);
        var reference = TeamsReference.From(activity, owner.TenantId);
        if (reference.ConversationId is null && existing is not null && TeamsReference.FromJson(existing.Reference) is { ConversationId: { } known })
        {
            reference = reference with { ConversationId = known };
        }

        var json = reference.ToJson();
        var locale = activity.Locale ?? existing?.Locale;
        var zone = activity.LocalTimezone ?? existing?.TimeZone;
        if (existing is { Reachable: true } && existing.Reference == json && existing.Locale == locale && existing.TimeZone == zone)
        {
            return null;
        }

        return new ChannelAddress(owner, activity.ChannelId!, json, locale, zone, true, null, time.GetUtcNow());
    }

    public Task ForgetAsync(Owner owner, string channelId, string reason, CancellationToken cancellationToken) =>
        store.MarkUnreachableAsync(owner, channelId, reason, time.GetUtcNow(), cancellationToken);
}
