using System.Text.Json.Nodes;
using SalesBot.Core.Playbooks;

namespace SalesBot.Slack.BlockKit;

/// <summary>The "Start coaching" modal: which step of the playbook, and for which prospect.</summary>
internal static class StartFlowModal
{
    public const int MaxProspectLength = 200;

    public static JsonObject Build(Playbook playbook)
    {
        var options = new JsonArray(playbook.Steps.Take(100).Select(step => (JsonNode)Option(step)).ToArray());
        var select = new JsonObject
        {
            ["type"] = "static_select",
            ["action_id"] = ActionIds.FlowBlock,
            ["placeholder"] = Blocks.PlainText("Choose a step", 150),
            ["options"] = options,
        };
        var first = playbook.FindStep("qualify") ?? (playbook.Steps.Count > 0 ? playbook.Steps[0] : null);
        if (first is not null)
        {
            select["initial_option"] = Option(first);
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = ActionIds.StartFlowView,
            ["title"] = Blocks.PlainText("Start coaching", 24),
            ["submit"] = Blocks.PlainText("Start", 24),
            ["close"] = Blocks.PlainText("Cancel", 24),
            ["blocks"] = new JsonArray
            {
                Input(ActionIds.FlowBlock, "Step", select),
                Input(ActionIds.ProspectBlock, "Prospect", new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = ActionIds.ProspectBlock,
                    ["max_length"] = MaxProspectLength,
                    ["placeholder"] = Blocks.PlainText("Acme", 150),
                }),
            },
        };
    }

    private static JsonObject Input(string blockId, string label, JsonObject element) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["label"] = Blocks.PlainText(label, 2000),
        ["element"] = element,
    };

    private static JsonObject Option(PlaybookStep step) => new()
    {
        ["text"] = Blocks.PlainText(step.Title, 75),
        ["value"] = step.Id,
    };
}
