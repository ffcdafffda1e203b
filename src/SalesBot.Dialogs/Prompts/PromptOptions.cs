using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;

namespace SalesBot.Dialogs.Prompts;

/// <summary>What a prompt asks and how it reads the answer. Persisted with the dialog state.</summary>
public sealed record PromptOptions(QuestionReply Question, AnswerKind Kind, IReadOnlyList<ChoiceOption> Choices, string Currency);
