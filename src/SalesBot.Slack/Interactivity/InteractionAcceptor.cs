using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Endpoints;
using SalesBot.Slack.Installs;
using SalesBot.Slack.Processing;

namespace SalesBot.Slack.Interactivity;

/// <summary>
/// Button clicks (block_actions) and the "Start coaching" modal (view_submission). Who clicked comes from the payload's
/// user and team, never from a button's value: a value only ever becomes text typed by the user who clicked.
/// </summary>
internal sealed class InteractionAcceptor(
    SlackInbox inbox,
    ModalSubmission modal,
    TimeProvider time,
    AckLanguage? language = null)
{
    /// <param name="signature">The verified X-Slack-Signature of the request (HTTP only): a replay of it within the window runs nothing.</param>
    public async Task<SlackAck> AcceptAsync(JsonElement payload, string? signature, CancellationToken cancellationToken)
    {
        var user = JsonFields.Str(payload, "user", "id");
        var tenant = SlackTenant.From(
            JsonFields.Str(payload, "team", "id") ?? JsonFields.Str(payload, "user", "team_id"),
            JsonFields.Str(payload, "enterprise", "id"),
            JsonFields.True(payload, "is_enterprise_install"));
        if (user is null || tenant is null)
        {
            return SlackAck.BadRequest("The interaction has no user or team.");
        }

        SlackJob? job = null;
        switch (JsonFields.Str(payload, "type"))
        {
            case "block_actions":
                job = Action(payload, tenant, user);
                break;
            case "view_submission" when modal.IsStartFlow(payload):
                if (modal.Errors(payload) is not null)
                {
                    // Written again in the user's language: their setting may have changed since the modal was opened.
                    var errors = language is null
                        ? modal.Errors(payload)
                        : modal.Errors(payload, await language.OfAsync(tenant, user, ModalSubmission.OpenedIn(payload), cancellationToken));
                    return SlackAck.Json(new JsonObject { ["response_action"] = "errors", ["errors"] = errors });
                }

                job = new TurnJob(tenant, user, modal.Text(payload), TurnSource.Modal);
                break;
        }

        if (job is null)
        {
            return SlackAck.Ok;
        }

        job = job with { ReceivedAt = time.GetUtcNow(), DeliveryIds = ReplayIds.Of("interaction", tenant, signature, JsonFields.Str(payload, "trigger_id")) };
        return await inbox.TryAddAsync(job, cancellationToken) ? SlackAck.Ok : SlackAck.Busy;
    }

    private SlackJob? Action(JsonElement payload, SlackTenant tenant, string user)
    {
        if (JsonFields.Array(payload, "actions") is not { } actions || actions.GetArrayLength() == 0)
        {
            return null;
        }

        var action = actions[0];
        var actionId = JsonFields.Str(action, "action_id") ?? "";
        var value = JsonFields.Str(action, "value") ?? "";
        if (actionId == ActionIds.StartFlow)
        {
            return JsonFields.Str(payload, "trigger_id") is { } trigger ? new OpenModalJob(tenant, user, trigger) : null;
        }

        if (actionId == InputIds.Submit)
        {
            // The inputs of the message, sent with its Submit button; nothing filled in sends nothing (the question stays open).
            return AnswerInputs.Submitted(payload) is { } answer ? Answer(payload, tenant, user, answer) : null;
        }

        if (value.Length == 0)
        {
            return null;
        }

        if (actionId.StartsWith(ActionIds.AnswerPrefix, StringComparison.Ordinal))
        {
            return Answer(payload, tenant, user, AnswerInputs.WithNote(value, payload));
        }

        if (actionId == ActionIds.RunCommand || actionId.StartsWith(ActionIds.RunCommandPrefix, StringComparison.Ordinal))
        {
            return new TurnJob(tenant, user, value, TurnSource.Button);
        }

        return actionId == ActionIds.OpenDeal ? new TurnJob(tenant, user, "deal " + NextStepAdvisor.Quote(value), TurnSource.Button) : null;
    }

    private static TurnJob Answer(JsonElement payload, SlackTenant tenant, string user, string answer)
    {
        var clicked = Clicked(payload);
        return new TurnJob(tenant, user, answer, clicked is null ? TurnSource.Button : TurnSource.AnswerButton) { Clicked = clicked };
    }

    /// <summary>The question message that was clicked, when the click came from a message (not the Home tab).</summary>
    private static ClickedMessage? Clicked(JsonElement payload)
    {
        var channel = JsonFields.Str(payload, "container", "channel_id") ?? JsonFields.Str(payload, "channel", "id");
        var ts = JsonFields.Str(payload, "container", "message_ts") ?? JsonFields.Str(payload, "message", "ts");
        if (channel is null || ts is null || JsonFields.Array(payload, "message", "blocks") is not { } blocks)
        {
            return null;
        }

        var copy = JsonNode.Parse(blocks.GetRawText())!.AsArray();
        return new ClickedMessage(channel, ts, copy, JsonFields.Str(payload, "message", "text") ?? "Question");
    }
}
