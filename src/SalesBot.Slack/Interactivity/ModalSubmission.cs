using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Interactivity;

/// <summary>Reads the "Start coaching" modal: the chosen step (one of the playbook's) and the prospect, as the command "qualify Acme".</summary>
internal sealed class ModalSubmission(Playbook playbook)
{
    public bool IsStartFlow(JsonElement payload) => JsonFields.Str(payload, "view", "callback_id") == ActionIds.StartFlowView;

    /// <summary>Problems to show next to the inputs, or null when the submission is good.</summary>
    public JsonObject? Errors(JsonElement payload)
    {
        var errors = new JsonObject();
        if (playbook.FindStep(Flow(payload) ?? "") is null)
        {
            errors[ActionIds.FlowBlock] = "Choose one of the steps.";
        }

        var prospect = Prospect(payload);
        if (string.IsNullOrWhiteSpace(prospect))
        {
            errors[ActionIds.ProspectBlock] = "Name the prospect, for example Acme.";
        }
        else if (prospect.Length > StartFlowModal.MaxProspectLength)
        {
            errors[ActionIds.ProspectBlock] = $"At most {StartFlowModal.MaxProspectLength} characters.";
        }

        return errors.Count == 0 ? null : errors;
    }

    public string Text(JsonElement payload) => $"{Flow(payload)} {NextStepAdvisor.Quote(Prospect(payload)!.Trim())}";

    private static string? Flow(JsonElement payload) =>
        JsonFields.Str(payload, "view", "state", "values", ActionIds.FlowBlock, ActionIds.FlowBlock, "selected_option", "value");

    private static string? Prospect(JsonElement payload) =>
        JsonFields.Str(payload, "view", "state", "values", ActionIds.ProspectBlock, ActionIds.ProspectBlock, "value");
}
