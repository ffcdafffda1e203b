using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Interactivity;
using SalesBot.Slack.Localization;
using SalesBot.Slack.Processing;
using SalesBot.Testing.Localization;

namespace SalesBot.Slack.Tests.Localization;

/// <summary>
/// Every Block Kit message kind, the App Home, the modal and its errors, and the notes the Slack channel writes itself,
/// for a Russian and a Polish user with each resource sentence wrapped in ⟦ ⟧ (the data is Russian): an English word left
/// outside the brackets is a literal in a renderer.
/// </summary>
public sealed partial class PseudoLocaleBlockTests
{
    [GeneratedRegex(@":[a-z_]+:|https?://[^\s()⟦⟧]+|/salesbot|@SalesBot|&[a-z]+;|\b[a-z]+_[a-z_]+\b|files:write|ratelimited")]
    private static partial Regex NotWords();

    [Theory]
    [InlineData("ru")]
    [InlineData("pl")]
    public void Nothing_slack_shows_is_english_outside_the_resources(string language)
    {
        using var pseudo = PseudoLocale.Begin();
        var english = new List<string>();
        foreach (var (name, reply) in LocalizedSamples.Replies())
        {
            // The reply says its language; the ambient culture stays English, so the renderer must follow the reply.
            foreach (var message in ReplyRenderer.Render(reply with { Language = language }))
            {
                Check(name, Message(message), language, english);
            }
        }

        using (BotCulture.Use(language))
        {
            var asked = QuestionBlocks.Render(LocalizedSamples.YesNo);
            Check("answered", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Chosen("да"))), language, english);
            Check("replied", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Replied("статус"))), language, english);
            Check("moved-on", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.MovedOn)), language, english);
            Check("already-answered", Message(AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Already)), language, english);
            Check("home", HomeView.Build(LocalizedSamples.Pipeline(), LocalizedSamples.At), language, english);
            Check("home-empty", HomeView.Build([], LocalizedSamples.At), language, english);
            Check("home-long", HomeView.Build(LocalizedSamples.Pipeline(300), LocalizedSamples.At), language, english);
            Check("modal", StartFlowModal.Build(PlaybookLoader.LoadDefault("ru").Playbook), language, english);
            var modal = new ModalSubmission(PlaybookLoader.LoadDefault());
            foreach (var (flow, prospect) in new[] { ("nope", ""), ("qualify", new string('я', 300)) })
            {
                Check("modal-errors", modal.Errors(Submission(flow, prospect, language))!, language, english);
            }

            string[] notes =
            [
                SlackNotes.InDm, SlackNotes.AlreadyAnswered, SlackNotes.ShareFailed("Acme", "not_in_channel"), SlackNotes.ShareFailed("Acme", "restricted_action"),
                SlackNotes.CommandTooLong(120_000, 100_000), SlackNotes.Busy, SlackNotes.ExportUploaded(["deals.csv", "deals.json"]),
                SlackNotes.UploadFailed("missing_scope", "files:write"), SlackNotes.UploadFailed("ratelimited", null), SlackNotes.TooLongToShow("deals.csv", 90_000),
            ];
            foreach (var note in notes)
            {
                Check("note", JsonValue.Create(note)!, language, english);
            }
        }

        Assert.True(english.Count == 0, "English outside the resources:\n" + string.Join("\n", english));
    }

    /// <summary>A view_submission of the "Start coaching" modal, opened in <paramref name="language"/>.</summary>
    private static System.Text.Json.JsonElement Submission(string flow, string prospect, string language) =>
        System.Text.Json.JsonSerializer.SerializeToElement(new JsonObject
        {
            ["view"] = new JsonObject
            {
                ["callback_id"] = ActionIds.StartFlowView,
                ["private_metadata"] = language,
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        [ActionIds.FlowBlock] = new JsonObject { [ActionIds.FlowBlock] = new JsonObject { ["selected_option"] = new JsonObject { ["value"] = flow } } },
                        [ActionIds.ProspectBlock] = new JsonObject { [ActionIds.ProspectBlock] = new JsonObject { ["value"] = prospect } },
                    },
                },
            },
        });

    private static JsonObject Message(SlackMessage message) => new() { ["text"] = message.Text, ["blocks"] = message.Blocks.DeepClone() };

    private static void Check(string name, JsonNode node, string language, List<string> english)
    {
        foreach (var text in Texts(node))
        {
            var words = EnglishLiterals.Find(NotWords().Replace(text, " "), language, LocalizedSamples.Data);
            if (words.Count > 0)
            {
                english.Add($"{name}: {string.Join(" ", words)}  ←  {text}");
            }
        }
    }

    /// <summary>Every "text" string of a payload (messages, sections, context, buttons, labels, placeholders, options, the view's title).</summary>
    private static IEnumerable<string> Texts(JsonNode? node, string? key = null)
    {
        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var text) && key is null or "text" or ActionIds.FlowBlock or ActionIds.ProspectBlock:
                yield return text;
                break;
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var inner in Texts(child, name))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Texts(item, "item"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
