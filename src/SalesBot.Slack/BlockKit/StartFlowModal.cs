using System.Text.Json.Nodes;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.Localization;

namespace SalesBot.Slack.BlockKit;

/// <summary>
/// The "Start coaching" modal: which step of the playbook (in the user's language), and for which prospect. Its words are
/// in the current UI culture; the view's private_metadata keeps that language, so the errors of its submission are too.
/// </summary>
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
            ["placeholder"] = Blocks.PlainText(Strings.Get("Modal.ChooseStep"), 150),
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
            ["private_metadata"] = BotCulture.Current,
            ["title"] = Blocks.PlainText(Strings.Get("Home.Start"), 24),
            ["submit"] = Blocks.PlainText(Strings.Get("Modal.Submit"), 24),
            ["close"] = Blocks.PlainText(Strings.Get("Modal.Close"), 24),
            ["blocks"] = new JsonArray
            {
                Input(ActionIds.FlowBlock, Strings.Get("Modal.Step"), select),
                Input(ActionIds.ProspectBlock, Strings.Get("Modal.Prospect"), new JsonObject
                {
                    ["type"] = "plain_text_input",
                    ["action_id"] = ActionIds.ProspectBlock,
                    ["max_length"] = MaxProspectLength,
                    ["placeholder"] = Blocks.PlainText(Strings.Get("Modal.Example"), 150),
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
