using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Values;
using SalesBot.Testing;

namespace SalesBot.AI.Tests;

/// <summary>The guard around the model: opt-in per tenant, the time budget, and the template whenever the model fails.</summary>
public sealed class GuardedCoachTests
{
    private static readonly Owner OptedIn = new("tenant-a", "ann");
    private static readonly Owner NotOptedIn = new("tenant-b", "bob");
    private const string Secret = "Wants to sell wedding cakes online";

    private readonly Mock<ICoachModel> _model = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _clock = TestClock.Create();
    private readonly FakeLogCollector _logs = new();

    private GuardedCoach Coach(params string[] tenants) => new(
        _model.Object,
        new TemplateCoach(),
        Options.Create(new OpenAIOptions { Endpoint = new Uri("https://example.test/v1"), ApiKey = "k", Model = "m", Tenants = [.. tenants], TimeBudget = TimeSpan.FromSeconds(2.5) }),
        _clock,
        new FakeLogger<GuardedCoach>(_logs));

    private static SummaryRequest Summary(Owner owner) => new(owner, "Acme", [new CoachFact("What are their business goals?", Secret)]);

    [Fact]
    public async Task A_tenant_that_did_not_opt_in_gets_the_template_and_the_model_is_never_called()
    {
        var summary = await Coach("tenant-a").SummarizeAsync(Summary(NotOptedIn), default);

        Assert.Equal(CoachSource.Template, summary.Source);
        Assert.Equal(["What are their business goals: " + Secret], summary.Points);
        _model.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task No_tenant_listed_means_nobody_is_sent_to_the_model()
    {
        var analysis = await Coach().AnalyzeAnswerAsync(new AnswerAnalysisRequest(OptedIn, "Q?", "they want the cheapest option", false, "USD"), default);

        Assert.Equal(CoachSource.Template, analysis.Source);
        Assert.Single(analysis.RedFlags);
        _model.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("*")]
    [InlineData("TENANT-A")]
    public async Task An_opted_in_tenant_gets_the_models_answer(string listed)
    {
        var fromModel = new CoachSummary(["You want to sell wedding cakes online."], CoachSource.Model);
        _model.Setup(m => m.SummarizeAsync(It.Is<SummaryRequest>(r => r.Owner == OptedIn), It.IsAny<CancellationToken>())).ReturnsAsync(fromModel);

        var summary = await Coach(listed).SummarizeAsync(Summary(OptedIn), default);

        Assert.Same(fromModel, summary);
    }

    [Fact]
    public async Task A_model_slower_than_the_budget_is_abandoned_for_the_template_and_its_call_is_cancelled()
    {
        var cancelled = new TaskCompletionSource();
        _model.Setup(m => m.DraftFollowUpLetterAsync(It.IsAny<FollowUpLetterRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (FollowUpLetterRequest _, CancellationToken token) =>
            {
                token.Register(() => cancelled.TrySetResult());
                await Task.Delay(Timeout.Infinite, CancellationToken.None);
                return new CoachText("never", CoachSource.Model);
            });
        var request = new FollowUpLetterRequest(OptedIn, "Acme", "Ann", [new DateOnly(2026, 11, 2)], []);

        var letter = Coach("*").DraftFollowUpLetterAsync(request, default);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(letter.IsCompleted);
        _clock.Advance(TimeSpan.FromSeconds(0.5));
        var text = await letter;

        Assert.Equal(CoachSource.Template, text.Source);
        Assert.StartsWith("**Personal** — for Acme", text.Text, StringComparison.Ordinal);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("no answer within the 2500 ms budget", _logs.All(), StringComparison.Ordinal);
    }

    public static TheoryData<Exception, string> Failures => new()
    {
        { new ClientResultException("HTTP 429 " + Secret, new FakeResponse(429)), "HTTP 429" },
        { new ClientResultException("HTTP 500 " + Secret, new FakeResponse(500)), "HTTP 500" },
        { new CoachOutputRejectedException("a number not in the recorded answers"), "a number not in the recorded answers" },
        { new System.Text.Json.JsonException("bad body near " + Secret), "JsonException" },
        { new HttpRequestException("connection refused " + Secret), "HttpRequestException" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_model_falls_back_to_the_template_and_logs_the_cause_without_the_content(Exception failure, string logged)
    {
        _model.Setup(m => m.SummarizeAsync(It.IsAny<SummaryRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(failure);

        var summary = await Coach("*").SummarizeAsync(Summary(OptedIn), default);

        Assert.Equal(CoachSource.Template, summary.Source);
        Assert.Contains(logged, _logs.All(), StringComparison.Ordinal);
        Assert.DoesNotContain("wedding", _logs.All(), StringComparison.OrdinalIgnoreCase);
        Assert.All(_logs.GetSnapshot(), e => Assert.Equal(LogLevel.Warning, e.Level));
    }

    [Fact]
    public async Task When_the_turn_itself_is_cancelled_the_cancellation_is_not_swallowed()
    {
        using var turn = new CancellationTokenSource();
        _model.Setup(m => m.SummarizeAsync(It.IsAny<SummaryRequest>(), It.IsAny<CancellationToken>()))
            .Returns(async (SummaryRequest _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return new CoachSummary([], CoachSource.Model);
            });

        var summary = Coach("*").SummarizeAsync(Summary(OptedIn), turn.Token);
        await turn.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => summary);
    }

    [Fact]
    public async Task A_budget_found_by_the_model_is_passed_on()
    {
        var fromModel = new AnswerAnalysis([], [], new Money(8000m, "EUR"), CoachSource.Model);
        _model.Setup(m => m.AnalyzeAnswerAsync(It.IsAny<AnswerAnalysisRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(fromModel);

        var analysis = await Coach("tenant-a").AnalyzeAnswerAsync(new AnswerAnalysisRequest(OptedIn, "Budget?", "about eight grand", true, "USD"), default);

        Assert.Equal(new Money(8000m, "EUR"), analysis.Budget);
    }

    private sealed class FakeResponse(int status) : PipelineResponse
    {
        public override int Status => status;

        public override string ReasonPhrase => "fake";

        public override Stream? ContentStream { get; set; } = new MemoryStream();

        public override BinaryData Content => BinaryData.FromString("");

        protected override PipelineResponseHeaders HeadersCore => throw new NotSupportedException();

        public override BinaryData BufferContent(CancellationToken cancellationToken = default) => Content;

        public override ValueTask<BinaryData> BufferContentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(Content);

        public override void Dispose()
        {
        }
    }
}
