using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Tests.Playbooks;

internal static class PlaybookStepExtensions
{
    public static Question GetQuestion(this PlaybookStep step, string questionId) =>
        step.FindQuestion(questionId) ?? throw new Xunit.Sdk.XunitException($"Step '{step.Id}' has no question '{questionId}'.");
}
