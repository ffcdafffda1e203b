using Microsoft.Extensions.Options;
using SalesBot.Dialogs;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.Endpoints;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Localization;
using SalesBot.Slack.Processing;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Commands;

/// <summary>
/// Acknowledges a slash command once its turn for the user's DM is in the inbox. Used in a channel, the acknowledgement
/// is an ephemeral "I'll coach you in our DM"; "/salesbot" alone means help; oversized text is refused with nothing written.
/// A note in the acknowledgement is written in the user's language (<see cref="AckLanguage"/>: one store read, no call to
/// Slack, and only when there is a note to write).
/// </summary>
internal sealed class CommandAcceptor(
    SlackInbox inbox,
    ResponseUrlBudget responseUrls,
    IOptions<ConversationOptions> conversation,
    TimeProvider time,
    AckLanguage? language = null)
{
    /// <param name="signature">The verified X-Slack-Signature of the request (HTTP only): HMAC of its timestamp and body.</param>
    public async Task<SlackAck> AcceptAsync(SlashCommand command, string? signature, CancellationToken cancellationToken)
    {
        var tenant = SlackTenant.From(command.TeamId, command.EnterpriseId, command.IsEnterpriseInstall);
        if (tenant is null || string.IsNullOrWhiteSpace(command.UserId) || string.IsNullOrWhiteSpace(command.ChannelId))
        {
            return SlackAck.BadRequest("The command has no team_id, user_id or channel_id.");
        }

        var text = command.Text.Trim();
        var max = conversation.Value.MaxMessageLength;
        if (text.Length > max)
        {
            return await NoteAsync(tenant, command.UserId, () => SlackNotes.CommandTooLong(text.Length, max), cancellationToken);
        }

        var now = time.GetUtcNow();
        var responseUrl = Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out var url) ? url : null;
        if (responseUrl is not null)
        {
            responseUrls.Issued(responseUrl, now);
        }

        var inChannel = !command.ChannelId.StartsWith('D');
        var job = new TurnJob(tenant, command.UserId, text.Length == 0 ? "help" : text, TurnSource.SlashCommand)
        {
            OriginChannelId = command.ChannelId,
            RedirectAcknowledged = inChannel,
            ResponseUrl = responseUrl,
            UserName = command.UserName,
            ReceivedAt = now,
            DeliveryIds = ReplayIds.Of("command", tenant, signature, command.TriggerId),
        };
        if (!await inbox.TryAddAsync(job, cancellationToken))
        {
            return await NoteAsync(tenant, command.UserId, () => SlackNotes.Busy, cancellationToken);
        }

        return inChannel ? await NoteAsync(tenant, command.UserId, () => SlackNotes.InDm, cancellationToken) : SlackAck.Ok;
    }

    /// <summary>An ephemeral note to the user, in their language.</summary>
    private async Task<SlackAck> NoteAsync(SlackTenant tenant, string userId, Func<string> note, CancellationToken cancellationToken)
    {
        var locale = language is null ? PlaybookLanguages.English : await language.OfAsync(tenant, userId, hint: null, cancellationToken);
        using var culture = BotCulture.Use(locale);
        return SlackAck.Json(EphemeralResponse.Of(note()));
    }
}
