using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Localization;

namespace SalesBot.Slack.Interactivity;

/// <summary>Reads the "Start coaching" modal: the chosen step (one of the playbook's) and the prospect, as the command "qualify Acme".</summary>
internal sealed class ModalSubmission(Playbook playbook)
{
    public bool IsStartFlow(JsonElement payload) => JsonFields.Str(payload, "view", "callback_id") == ActionIds.StartFlowView;

    /// <summary>
    /// Problems to show next to the inputs, or null when the submission is good; in <paramref name="language"/>, else in
    /// the language the modal was opened in (<see cref="OpenedIn"/>).
    /// </summary>
    public JsonObject? Errors(JsonElement payload, string? language = null)
    {
        using var culture = BotCulture.Use(language ?? OpenedIn(payload));
        var errors = new JsonObject();
        if (playbook.FindStep(Flow(payload) ?? "") is null)
        {
            errors[ActionIds.FlowBlock] = Strings.Get("Modal.StepMissing");
        }

        var prospect = Prospect(payload);
        if (string.IsNullOrWhiteSpace(prospect))
        {
            errors[ActionIds.ProspectBlock] = Strings.Format("Modal.ProspectMissing", Strings.Get("Modal.Example"));
        }
        else if (prospect.Length > StartFlowModal.MaxProspectLength)
        {
            errors[ActionIds.ProspectBlock] = Strings.Format("Modal.ProspectTooLong", StartFlowModal.MaxProspectLength);
        }

        return errors.Count == 0 ? null : errors;
    }

    /// <summary>The language the modal was opened in (its private_metadata), the submission's own hint; null when it has none.</summary>
    public static string? OpenedIn(JsonElement payload) =>
        JsonFields.Str(payload, "view", "private_metadata") is { Length: > 0 and <= 10 } language ? language : null;

    public string Text(JsonElement payload) => $"{Flow(payload)} {NextStepAdvisor.Quote(Prospect(payload)!.Trim())}";

    private static string? Flow(JsonElement payload) =>
        JsonFields.Str(payload, "view", "state", "values", ActionIds.FlowBlock, ActionIds.FlowBlock, "selected_option", "value");

    private static string? Prospect(JsonElement payload) =>
        JsonFields.Str(payload, "view", "state", "values", ActionIds.ProspectBlock, ActionIds.ProspectBlock, "value");
}
