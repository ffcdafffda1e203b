using System.ClientModel;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;

namespace SalesBot.AI;

/// <summary>
/// The coach SalesBot uses when an endpoint is configured: the model for tenants that opted in, within the time budget;
/// the templates for everyone else and whenever the model is slow, failing or wrong. Fallbacks are logged with their
/// cause only, never with what was sent or received.
/// </summary>
internal sealed partial class GuardedCoach(
    ICoachModel model,
    TemplateCoach template,
    IOptions<OpenAIOptions> options,
    TimeProvider time,
    ILogger<GuardedCoach> logger) : ICoach
{
    public Task<CoachSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken) =>
        RunAsync("summary", request, token => model.SummarizeAsync(request, token), () => template.SummarizeAsync(request, cancellationToken), cancellationToken);

    public Task<CoachText> DraftFollowUpLetterAsync(FollowUpLetterRequest request, CancellationToken cancellationToken) =>
        RunAsync("letter", request, token => model.DraftFollowUpLetterAsync(request, token), () => template.DraftFollowUpLetterAsync(request, cancellationToken), cancellationToken);

    public Task<CoachText> DraftFeedbackQuestionnaireAsync(FeedbackQuestionnaireRequest request, CancellationToken cancellationToken) =>
        RunAsync("questionnaire", request, token => model.DraftFeedbackQuestionnaireAsync(request, token), () => template.DraftFeedbackQuestionnaireAsync(request, cancellationToken), cancellationToken);

    public Task<AnswerAnalysis> AnalyzeAnswerAsync(AnswerAnalysisRequest request, CancellationToken cancellationToken) =>
        RunAsync("analysis", request, token => model.AnalyzeAnswerAsync(request, token), () => template.AnalyzeAnswerAsync(request, cancellationToken), cancellationToken);

    private async Task<T> RunAsync<T>(string task, ICoachRequest request, Func<CancellationToken, Task<T>> ask, Func<Task<T>> fallback, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AllowsTenant(request.Owner.TenantId))
        {
            return await fallback();
        }

        var started = time.GetTimestamp();
        using var activity = AITracing.Source.StartActivity("coach " + task);
        activity?.SetTag("salesbot.coach.task", task);
        using var budget = new CancellationTokenSource(settings.TimeBudget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        string outcome;
        try
        {
            // WaitAsync: the turn stops waiting at the budget even if the call does not notice its cancellation.
            var result = await ask(linked.Token).WaitAsync(linked.Token);
            Log.Answered(logger, task, (long)time.GetElapsedTime(started).TotalMilliseconds);
            activity?.SetTag("salesbot.coach.outcome", "model");
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.TimedOut(logger, task, (long)settings.TimeBudget.TotalMilliseconds);
            outcome = "timeout";
        }
        catch (ClientResultException ex)
        {
            Log.Failed(logger, task, ex.Status);
            outcome = "http " + ex.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (CoachOutputRejectedException ex)
        {
            Log.Rejected(logger, task, ex.Reason);
            outcome = "rejected";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type only: messages of parse and transport errors can quote the response.
            Log.Broke(logger, task, ex.GetType().Name);
            outcome = ex.GetType().Name;
        }

        activity?.SetTag("salesbot.coach.outcome", "template (" + outcome + ")");
        return await fallback();
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Debug, "AI coach {Task}: answered in {Milliseconds} ms")]
        public static partial void Answered(ILogger logger, string task, long milliseconds);

        [LoggerMessage(2, LogLevel.Warning, "AI coach {Task}: no answer within the {Milliseconds} ms budget; used the template")]
        public static partial void TimedOut(ILogger logger, string task, long milliseconds);

        [LoggerMessage(3, LogLevel.Warning, "AI coach {Task}: the endpoint answered HTTP {Status}; used the template")]
        public static partial void Failed(ILogger logger, string task, int status);

        [LoggerMessage(4, LogLevel.Warning, "AI coach {Task}: the answer was rejected ({Reason}); used the template")]
        public static partial void Rejected(ILogger logger, string task, string reason);

        [LoggerMessage(5, LogLevel.Warning, "AI coach {Task}: the call failed ({Error}); used the template")]
        public static partial void Broke(ILogger logger, string task, string error);
    }
}
