using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Coaching;

/// <summary>
/// The default coach: templates and keyword rules, no model, nothing sent anywhere. Also the fallback of the AI coach,
/// so its output is what SalesBot says whenever the model is off, slow or wrong.
/// </summary>
public sealed class TemplateCoach : ICoach
{
    public Task<CoachSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Summarize(request));

    public Task<CoachText> DraftFollowUpLetterAsync(FollowUpLetterRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CoachText(FollowUpLetterTemplate.Write(request), CoachSource.Template));

    public Task<CoachText> DraftFeedbackQuestionnaireAsync(FeedbackQuestionnaireRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CoachText(FeedbackQuestionnaireTemplate.Write(request), CoachSource.Template));

    public Task<AnswerAnalysis> AnalyzeAnswerAsync(AnswerAnalysisRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Analyze(request));

    /// <summary>Each recorded answer as "question: answer".</summary>
    public static CoachSummary Summarize(SummaryRequest request) =>
        new(request.Facts.Select(f => $"{Fill(f.Question, request.Prospect).TrimEnd('?')}: {f.Answer}").ToList(), CoachSource.Template);

    public static AnswerAnalysis Analyze(AnswerAnalysisRequest request) =>
        new(
            AnswerKeywords.RedFlags(request.Text),
            AnswerKeywords.Stalls(request.Text, request.StallPhrases),
            BudgetFinder.Find(request.Text, request.ExpectsAmount, request.Currency),
            CoachSource.Template);

    internal static string Fill(string text, string prospect) => text.Replace("{prospect}", prospect, StringComparison.Ordinal);

    /// <summary>A playbook question made safe to send: the prospect's name is never part of it.</summary>
    public static string Anonymous(string question) => question.Replace("{prospect}", "the prospect", StringComparison.Ordinal);

    /// <summary>The playbook's own words for the step that opens with the summary, for prompts grounded in the playbook.</summary>
    public static string? ClosePurpose(Playbook playbook) => playbook.Steps.FirstOrDefault(s => s.OpensWithSummary)?.Purpose;
}
