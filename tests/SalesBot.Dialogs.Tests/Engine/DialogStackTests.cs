using System.Text.Json;
using SalesBot.Dialogs.Engine;

namespace SalesBot.Dialogs.Tests.Engine;

public sealed class DialogStackTests
{
    private const string Stored =
        """{"stack":[{"id":"playbook-step","state":{"options":{"dealId":"d1","stepId":"qualify"},"values":{},"step":0}},""" +
        """{"id":"answer-prompt","state":{"options":{"question":{"text":"Budget?","choices":[{"title":"yes","value":"yes"}]},"kind":"money"},"attempts":2}}]}""";

    [Fact]
    public void FromJson_ThenToJson_GivesBackTheSameStack()
    {
        var stack = DialogStack.FromJson(Stored);

        Assert.Equal(["playbook-step", "answer-prompt"], stack.Entries.Select(entry => entry.Id));
        Assert.Equal(2, stack.Top!.State["attempts"]!.GetValue<int>());
        Assert.Equal("Budget?", stack.Top.State["options"]!["question"]!["text"]!.GetValue<string>());
        Assert.Equal(Stored, stack.ToJson());
    }

    [Fact]
    public void ChangingALoadedState_IsWhatTheNextSaveWrites()
    {
        var stack = DialogStack.FromJson(Stored);

        stack.Top!.State["attempts"] = 3;

        Assert.Equal(3, DialogStack.FromJson(stack.ToJson()).Top!.State["attempts"]!.GetValue<int>());
    }

    [Fact]
    public void AnEntryWithoutState_LoadsWithAnEmptyState() =>
        Assert.Empty(DialogStack.FromJson("""{"stack":[{"id":"question-loop"}]}""").Top!.State);

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"stack":[{"state":{}}]}""")]
    [InlineData("""{"stack":[{"id":"x","state":"not an object"}]}""")]
    [InlineData("""{"stack":""")]
    public void UnreadableState_IsAJsonException(string json) =>
        Assert.ThrowsAny<JsonException>(() => DialogStack.FromJson(json));

    [Fact]
    public void OptionsReadOnce_AreReadAgain_WhenTheStateHoldsOtherOptions()
    {
        var prompt = DialogStack.FromJson(Stored).Top!;
        var first = prompt.GetOptions<SalesBot.Dialogs.Prompts.PromptOptions>()!;
        Assert.Same(first, prompt.GetOptions<SalesBot.Dialogs.Prompts.PromptOptions>());

        prompt.State[DialogInstance.OptionsKey] = System.Text.Json.Nodes.JsonNode.Parse("""{"question":{"text":"Deadline?","choices":[]},"kind":"date"}""");

        var second = prompt.GetOptions<SalesBot.Dialogs.Prompts.PromptOptions>()!;
        Assert.Equal(("Budget?", "Deadline?"), (first.Question.Text, second.Question.Text));
        Assert.Equal(SalesBot.Core.Playbooks.AnswerKind.Date, second.Kind);
    }
}
