using SalesBot.Core.Deals;

namespace SalesBot.Core.Playbooks;

/// <summary>
/// A step of the consultative process (screen, qualify, prepare, needs, recommend, engage, finalize, feedback, exit),
/// started with its command, asked question by question, general before specific.
/// </summary>
/// <param name="Link">The deal-cycle link a deal reaches when this step is completed.</param>
/// <param name="Judged">Whether its answers count towards the qualification verdict.</param>
/// <param name="Done">What to tell the user when the step is complete.</param>
public sealed record PlaybookStep(
    string Id,
    string Title,
    DealLink Link,
    string Purpose,
    bool Judged,
    string Done,
    IReadOnlyList<Question> Questions)
{
    /// <summary>Wrap-ups that replace <see cref="Done"/> when an answer calls for it; the first that applies wins.</summary>
    public IReadOnlyList<DoneText> DoneWhen { get; init; } = [];

    /// <summary>
    /// What to say when the step is complete, given the deal's answers and the user's starting price (for wrap-ups on an
    /// amount): the first conditional wrap-up that applies, else <see cref="Done"/>.
    /// </summary>
    public string DoneFor(AnswerSheet answers, Qualification.PricePoint? price = null) =>
        DoneWhen.FirstOrDefault(d => answers.Current(Id, d.QuestionId) is { Value.Length: > 0 } answer
            && (price is not null || d.When is { BelowStartingPrice: false, BelowShareOfStartingPrice: null, OtherCurrency: false })
            && Qualification.RedFlagEvaluator.Meets(d.When, answer, price?.StartingPrice ?? 0, price?.Currency ?? ""))?.Text ?? Done;

    /// <summary>The step opens with a summary of everything recorded so far (the close: "Are you ready to move forward?").</summary>
    public bool OpensWithSummary { get; init; }

    /// <summary>"No" to every weighted yes/no question of this step means walk away (the screen: "no positive answer").</summary>
    public bool WalkAwayWhenAllNo { get; init; }

    public Question? FindQuestion(string questionId) =>
        Questions.FirstOrDefault(q => string.Equals(q.Id, questionId, StringComparison.OrdinalIgnoreCase));

    public int IndexOf(string questionId) =>
        Questions.ToList().FindIndex(q => string.Equals(q.Id, questionId, StringComparison.OrdinalIgnoreCase));
}
