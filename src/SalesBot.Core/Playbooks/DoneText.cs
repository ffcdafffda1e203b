namespace SalesBot.Core.Playbooks;

/// <summary>
/// A step's wrap-up that replaces <see cref="PlaybookStep.Done"/> when the current answer to the step's
/// <paramref name="QuestionId"/> meets <paramref name="When"/>: a yes/no or choice value, an amount below (a share of) the
/// starting price or in another currency, a number below a limit, a date within some days, a text that mentions a phrase.
/// </summary>
public sealed record DoneText(string Id, string QuestionId, RedFlagCondition When, string Text);
