namespace SalesBot.Core.Playbooks;

/// <summary>A step's wrap-up that replaces <see cref="PlaybookStep.Done"/> when the step's <paramref name="QuestionId"/> was answered with one of <paramref name="AnswerIn"/>.</summary>
public sealed record DoneText(string Id, string QuestionId, IReadOnlyList<string> AnswerIn, string Text);
