namespace SalesBot.Core.Coaching;

/// <summary>
/// The coach's writing and reading: the summary before "Are you ready to move forward?", the "personal" letter of the
/// follow-up cadence, the closing feedback questionnaire, and a look at free-text answers for red flags, stall phrases
/// and budget figures. <see cref="TemplateCoach"/> does it all from templates and keyword rules (the default);
/// the optional AI coach asks a language model and falls back to the templates.
/// </summary>
public interface ICoach
{
    /// <summary>The points of the summary read back to the prospect before the close.</summary>
    Task<CoachSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken);

    /// <summary>The "personal" letter after three unanswered calls.</summary>
    Task<CoachText> DraftFollowUpLetterAsync(FollowUpLetterRequest request, CancellationToken cancellationToken);

    /// <summary>The feedback questions to give the client when the work is accepted.</summary>
    Task<CoachText> DraftFeedbackQuestionnaireAsync(FeedbackQuestionnaireRequest request, CancellationToken cancellationToken);

    /// <summary>Red flags, stall phrases and a budget figure in one free-text answer.</summary>
    Task<AnswerAnalysis> AnalyzeAnswerAsync(AnswerAnalysisRequest request, CancellationToken cancellationToken);
}
