using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.AI;
using SalesBot.Core.Coaching;
using SalesBot.Core.Values;

namespace SalesBot.AI;

/// <summary>
/// The coach on a language model behind <see cref="IChatClient"/> (Azure OpenAI, OpenAI or any compatible endpoint).
/// Every answer is structured JSON, checked before use; anything wrong throws, and <see cref="GuardedCoach"/> turns
/// that into the template.
/// </summary>
internal sealed class ChatModelCoach(IChatClient client, CoachPrompts prompts, IOptions<OpenAIOptions> options) : ICoachModel
{
    private const int MaxFindings = 5;
    private const decimal MaxBudget = 1_000_000_000m;

    public async Task<CoachSummary> SummarizeAsync(SummaryRequest request, CancellationToken cancellationToken)
    {
        if (request.Facts.Count == 0)
        {
            return TemplateCoach.Summarize(request); // nothing to summarize: nothing to send
        }

        var root = await AskAsync(prompts.Summary(request), "summary", CoachSchemas.Points, cancellationToken);
        var points = OutputChecks.Strings(root, "points", 1, request.Facts.Count + 1, CoachPrompts.MaxSummaryPoint);
        OutputChecks.Grounded(points, Sources(request.Facts));
        return new CoachSummary(points, CoachSource.Model);
    }

    public async Task<CoachText> DraftFollowUpLetterAsync(FollowUpLetterRequest request, CancellationToken cancellationToken)
    {
        var root = await AskAsync(prompts.Letter(request), "letter", CoachSchemas.Paragraphs, cancellationToken);
        var paragraphs = OutputChecks.Strings(root, "paragraphs", 1, 3, CoachPrompts.MaxLetterParagraph);
        OutputChecks.Grounded(paragraphs, Sources(request.Facts) + "\n" + string.Join("\n", request.CallDates.Select(CoachPrompts.Day)));
        return new CoachText(FollowUpLetterTemplate.Frame(request, string.Join("\n\n", paragraphs)), CoachSource.Model);
    }

    public async Task<CoachText> DraftFeedbackQuestionnaireAsync(FeedbackQuestionnaireRequest request, CancellationToken cancellationToken)
    {
        var root = await AskAsync(prompts.Questionnaire(request), "questionnaire", CoachSchemas.Questions, cancellationToken);
        var questions = OutputChecks.Strings(root, "questions", 4, 8, CoachPrompts.MaxQuestion);
        if (questions.Any(q => !q.EndsWith('?')))
        {
            throw new CoachOutputRejectedException("a question does not end with a question mark");
        }

        OutputChecks.Grounded(questions, Sources(request.Facts));
        return new CoachText(FeedbackQuestionnaireTemplate.Frame(request.Prospect, questions), CoachSource.Model);
    }

    public async Task<AnswerAnalysis> AnalyzeAnswerAsync(AnswerAnalysisRequest request, CancellationToken cancellationToken)
    {
        var root = await AskAsync(prompts.Analysis(request), "analysis", CoachSchemas.Analysis, cancellationToken);
        var sources = request.Question + "\n" + request.Text;
        var redFlags = Findings(root, "redFlags", request.Text, sources).Select(f => $"\"{f.Quote}\": {f.Note}").ToList();
        var stalls = Findings(root, "stalls", request.Text, sources).Select(f => Core.Localization.CoreText.Format("Coach.Stall", f.Quote, f.Note)).ToList();
        return new AnswerAnalysis(redFlags, stalls, Budget(root, request), CoachSource.Model);
    }

    private async Task<JsonElement> AskAsync((string System, string Data) prompt, string schemaName, JsonElement schema, CancellationToken cancellationToken)
    {
        var chatOptions = new ChatOptions
        {
            ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, schemaName),
            MaxOutputTokens = options.Value.MaxOutputTokens,
            AdditionalProperties = new() { ["strict"] = true },
        };
        ChatMessage[] messages = [new(ChatRole.System, prompt.System), new(ChatRole.User, prompt.Data)];
        var response = await client.GetResponseAsync(messages, chatOptions, cancellationToken);
        if (response.Messages.SelectMany(m => m.Contents).Any(c => c is ErrorContent))
        {
            throw new CoachOutputRejectedException("the model refused");
        }

        if (response.FinishReason != ChatFinishReason.Stop)
        {
            throw new CoachOutputRejectedException($"the answer ended with '{response.FinishReason}'");
        }

        return OutputChecks.ParseObject(response.Text);
    }

    private static List<(string Quote, string Note)> Findings(JsonElement root, string name, string answer, string sources)
    {
        if (!root.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array || array.GetArrayLength() > MaxFindings)
        {
            throw new CoachOutputRejectedException($"'{name}' is missing, not a list or too long");
        }

        var findings = new List<(string, string)>();
        foreach (var item in array.EnumerateArray())
        {
            var quote = Text(item, "quote");
            var note = Text(item, "note");
            if (!OutputChecks.Quotes(answer, quote))
            {
                throw new CoachOutputRejectedException($"a quote in '{name}' is not in the answer");
            }

            if (note.Length == 0 || note.Length > CoachPrompts.MaxNote)
            {
                throw new CoachOutputRejectedException($"a note in '{name}' is empty or too long");
            }

            OutputChecks.Grounded([note], sources);
            findings.Add((quote.Trim(), note));
        }

        return findings;
    }

    private static Money? Budget(JsonElement root, AnswerAnalysisRequest request)
    {
        if (!root.TryGetProperty("budget", out var budget) || budget.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (budget.ValueKind != JsonValueKind.Object
            || !budget.TryGetProperty("amount", out var amountElement) || !amountElement.TryGetDecimal(out var amount)
            || amount <= 0 || amount > MaxBudget)
        {
            throw new CoachOutputRejectedException("the budget is not a positive amount");
        }

        var quote = Text(budget, "quote");
        if (!OutputChecks.Quotes(request.Text, quote) || !quote.Any(char.IsDigit) && !NumberWords.Contains(quote))
        {
            throw new CoachOutputRejectedException("the budget is not quoted from the answer");
        }

        var currency = Text(budget, "currency").ToUpperInvariant();
        return new Money(decimal.Round(amount, 2), currency.Length == 3 && currency.All(char.IsAsciiLetterUpper) ? currency : request.Currency);
    }

    private static string Text(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : throw new CoachOutputRejectedException($"'{name}' is missing");

    private static string Sources(IReadOnlyList<CoachFact> facts) =>
        string.Join("\n", facts.Select(f => TemplateCoach.Anonymous(f.Question) + "\n" + f.Answer));
}
