using Microsoft.AspNetCore.Http;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Values;
using SalesBot.Testing;

namespace SalesBot.AI.Tests;

/// <summary>
/// The real OpenAI SDK client against a fake OpenAI-compatible server on loopback: a good answer is used; a timeout,
/// 429, 500 or malformed answer falls back to the template. What was sent is checked field by field.
/// </summary>
public sealed class OpenAIEndToEndTests : IAsyncLifetime
{
    private static readonly Owner Ann = new("contoso", "ann-id-42");
    private FakeOpenAIServer _server = null!;

    private static readonly SummaryRequest Summary = new(Ann, "Acme Bakery",
    [
        new CoachFact("How did they get started in this industry?", "Took over the family bakery in 1990"),
        new CoachFact("What is their big-picture goal, in one sentence?", "Three shops with online ordering"),
    ]);

    public async Task InitializeAsync() => _server = await FakeOpenAIServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Summary_from_the_model_is_used_and_only_the_recorded_answers_are_sent()
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { points = new[] { "You took over the family bakery in 1990.", "You want three shops with online ordering." } });
        await using var rig = CoachRig.For(_server);

        var summary = await rig.Coach.SummarizeAsync(Summary, default);

        Assert.Equal(CoachSource.Model, summary.Source);
        Assert.Equal(["You took over the family bakery in 1990.", "You want three shops with online ordering."], summary.Points);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer test-key-123", request.Authorization);
        Assert.Equal("coach-deployment", request.Body["model"]!.GetValue<string>());
        Assert.Equal("json_schema", request.Body["response_format"]!["type"]!.GetValue<string>());
        Assert.False(request.Body["store"]!.GetValue<bool>());
        Assert.Equal(["system", "user"], request.Messages.Select(m => m.Role));
        Assert.Equal(
            """{"answers":[{"question":"How did they get started in this industry?","answer":"Took over the family bakery in 1990"},{"question":"What is their big-picture goal, in one sentence?","answer":"Three shops with online ordering"}]}""",
            request.Data.ToJsonString());
        var sent = request.Body.ToJsonString();
        Assert.DoesNotContain("Acme", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("ann-id-42", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("contoso", sent, StringComparison.Ordinal);
        Assert.Null(request.Body["user"]);
        Assert.Contains("summarize the whole conversation", request.Messages[0].Content, StringComparison.OrdinalIgnoreCase);
    }

    public static TheoryData<string> Failures => ["timeout", "429", "500", "malformed body", "malformed content", "ungrounded content", "cut off"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Summary_falls_back_to_the_template_when_the_endpoint_fails(string failure)
    {
        _server.Respond = failure switch
        {
            "timeout" => FakeOpenAIServer.Hang,
            "429" => c => FakeOpenAIServer.Error(c, 429, retryAfter: "1"),
            "500" => c => FakeOpenAIServer.Error(c, 500),
            "malformed body" => c => { c.Response.ContentType = "application/json"; return c.Response.WriteAsync("""{"id":"x","choices":[{"message":""", c.RequestAborted); },
            "malformed content" => c => FakeOpenAIServer.Completion(c, "Sure! Here is your summary: the bakery"),
            "ungrounded content" => c => FakeOpenAIServer.Completion(c, new { points = new[] { "You want 12 shops by 2030." } }),
            "cut off" => c => FakeOpenAIServer.Completion(c, """{"points":["You took over""", finishReason: "length"),
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };
        await using var rig = CoachRig.For(_server, budget: failure == "timeout" ? TimeSpan.FromMilliseconds(500) : null);

        var summary = await rig.Coach.SummarizeAsync(Summary, default);

        Assert.Equal(CoachSource.Template, summary.Source);
        Assert.Equal(TemplateCoach.Summarize(Summary).Points, summary.Points);
        Assert.Single(_server.Requests); // no retries: a turn cannot wait for them
        var warning = Assert.Single(rig.Logs.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains("used the template", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("bakery", rig.Logs.All(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("test-key-123", rig.Logs.All(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysis_from_the_model_keeps_quoted_findings_and_the_budget()
    {
        const string answer = "They said we need more time to think, maybe eight grand if the shop is included";
        _server.Respond = c => FakeOpenAIServer.Completion(c, new
        {
            redFlags = Array.Empty<object>(),
            stalls = new[] { new { quote = "we need more time to think", note = "Propose a concrete next step and a date." } },
            budget = new { amount = 8000, currency = "eur", quote = "eight grand" },
        });
        await using var rig = CoachRig.For(_server);

        var analysis = await rig.Coach.AnalyzeAnswerAsync(new AnswerAnalysisRequest(Ann, "What budget does {prospect} have in mind?", answer, true, "EUR"), default);

        Assert.Equal(CoachSource.Model, analysis.Source);
        Assert.Equal(["Stall (\"we need more time to think\"): Propose a concrete next step and a date."], analysis.Stalls);
        Assert.Equal(new Money(8000m, "EUR"), analysis.Budget);
        var data = Assert.Single(_server.Requests).Data;
        Assert.Equal(["question", "answer", "currency"], data.Select(p => p.Key));
        Assert.Equal("What budget does the prospect have in mind?", data["question"]!.GetValue<string>());
        Assert.Equal(answer, data["answer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Analysis_quoting_words_that_are_not_in_the_answer_is_rejected_for_the_keyword_rules()
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new
        {
            redFlags = new[] { new { quote = "they never pay on time", note = "Check how they pay." } },
            stalls = Array.Empty<object>(),
            budget = (object?)null,
        });
        await using var rig = CoachRig.For(_server);

        var analysis = await rig.Coach.AnalyzeAnswerAsync(new AnswerAnalysisRequest(Ann, "Goals?", "They want the cheapest option", false, "USD"), default);

        Assert.Equal(CoachSource.Template, analysis.Source);
        Assert.Contains(analysis.RedFlags, f => f.StartsWith("Price hunting (\"cheapest\")", StringComparison.Ordinal));
        Assert.Contains("a quote in 'redFlags' is not in the answer", rig.Logs.All(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Letter_from_the_model_is_framed_with_the_personal_mark_greeting_and_signature_which_are_never_sent()
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new
        {
            paragraphs = new[]
            {
                "I tried to reach you on 2 November 2026 and 5 November 2026, and I was surprised we did not get to talk.",
                "If three shops with online ordering are back on your agenda, just reply and we will pick up where we left off.",
            },
        });
        await using var rig = CoachRig.For(_server);
        var request = new FollowUpLetterRequest(Ann, "Acme Bakery", "Ann Smith", [new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 5)], Summary.Facts);

        var letter = await rig.Coach.DraftFollowUpLetterAsync(request, default);

        Assert.Equal(CoachSource.Model, letter.Source);
        Assert.StartsWith("**Personal** — for Acme Bakery\n\nHello Acme Bakery,\n\nI tried to reach you on 2 November 2026", letter.Text, StringComparison.Ordinal);
        Assert.EndsWith("pick up where we left off.\n\nAll the best,\nAnn Smith", letter.Text, StringComparison.Ordinal);
        var sent = Assert.Single(_server.Requests);
        Assert.Equal(["2 November 2026", "5 November 2026"], sent.Data["callDates"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.DoesNotContain("Acme", sent.Body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Smith", sent.Body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questionnaire_from_the_model_needs_real_questions_or_the_template_is_used()
    {
        _server.Respond = c => FakeOpenAIServer.Completion(c, new { questions = new[] { "Are you satisfied with the work?", "Tell us more.", "What next?", "Would you refer us?" } });
        await using var rig = CoachRig.For(_server);

        var questionnaire = await rig.Coach.DraftFeedbackQuestionnaireAsync(new FeedbackQuestionnaireRequest(Ann, "Acme", Summary.Facts), default);

        Assert.Equal(CoachSource.Template, questionnaire.Source);
        Assert.Contains("1. Overall, are you satisfied with the work?", questionnaire.Text, StringComparison.Ordinal);

        _server.Respond = c => FakeOpenAIServer.Completion(c, new { questions = new[] { "Are you satisfied with the work?", "If not, with what exactly?", "Did the shops get online ordering?", "Would you refer us?" } });
        var second = await rig.Coach.DraftFeedbackQuestionnaireAsync(new FeedbackQuestionnaireRequest(Ann, "Acme", Summary.Facts), default);

        Assert.Equal(CoachSource.Model, second.Source);
        Assert.StartsWith("**Feedback questionnaire for Acme**\n1. Are you satisfied with the work?\n2. If not, with what exactly?", second.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_that_did_not_opt_in_sends_nothing()
    {
        await using var rig = CoachRig.For(_server, tenants: "fabrikam");

        var summary = await rig.Coach.SummarizeAsync(Summary, default);
        var analysis = await rig.Coach.AnalyzeAnswerAsync(new AnswerAnalysisRequest(Ann, "Q?", "call us in two months", false, "USD"), default);

        Assert.Equal(CoachSource.Template, summary.Source);
        Assert.Equal(CoachSource.Template, analysis.Source);
        Assert.Single(analysis.Stalls);
        Assert.Empty(_server.Requests);
    }
}
