using System.Text;
using System.Text.Json;
using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;

namespace SalesBot.AI;

/// <summary>
/// The instructions and data sent to the model, grounded in the playbook and the recorded answers only. The data
/// message carries just the fields the task needs: never the prospect's or the salesperson's name, never ids.
/// </summary>
internal sealed class CoachPrompts(Playbook playbook)
{
    private const string Grounding =
        "Use only the facts in the data message. Never add facts, names, numbers, prices, dates, links or promises that are not in it. " +
        "Write every number and amount exactly as the data writes it, never in words or with another unit. ";

    public const int MaxSummaryPoint = 240;
    public const int MaxLetterParagraph = 600;
    public const int MaxQuestion = 200;
    public const int MaxNote = 240;

    public (string System, string Data) Summary(SummaryRequest request) => (
        "You are the sales coach in SalesBot. The salesperson is at the close of a consultative sales meeting. " +
        $"The playbook says: \"{TemplateCoach.ClosePurpose(playbook) ?? "Summarize the whole conversation, ask whether anything should be added, then ask: are you ready to move forward?"}\" " +
        $"Write the summary they will read back to the prospect: what the prospect said they want, in the order it was learned, one short sentence per point " +
        $"(at most {MaxSummaryPoint} characters), addressed to the prospect as \"you\". At most {request.Facts.Count + 1} points. " +
        "Do not ask questions: SalesBot adds the closing questions. " + Rules(request.Language),
        Json(new { answers = Facts(request.Facts) }));

    public (string System, string Data) Letter(FollowUpLetterRequest request) => (
        "You are the sales coach in SalesBot. The salesperson called a silent prospect three times without reaching a decision; " +
        "the method ends with one letter marked \"personal\". Draft its body: a friendly surprise that the prospect did not want to talk, " +
        "at most one sentence recalling what they said they wanted, and an offer to get in touch again if their interest returns. " +
        "Warm, short, no pressure, no guilt, no discount, no greeting and no signature (SalesBot adds them), address the prospect as \"you\" and use no names. " +
        $"One to three paragraphs of at most {MaxLetterParagraph} characters. " + Rules(request.Language),
        Json(new { callDates = request.CallDates.Select(Day).ToList(), answers = Facts(request.Facts) }));

    public (string System, string Data) Questionnaire(FeedbackQuestionnaireRequest request)
    {
        var closing = playbook.Links.FirstOrDefault(l => l.Link == DealLink.Closing);
        return (
            "You are the sales coach in SalesBot. The client has accepted the work. " +
            $"The playbook says: \"{closing?.Meaning} {closing?.WhatMatters}\" " +
            "Write the feedback questionnaire the salesperson gives the client: 4 to 8 short questions, each ending with a question mark " +
            $"(at most {MaxQuestion} characters), asking first whether they are satisfied and, if not, with what exactly, then about the goals in the data, " +
            "what to keep and what to change, referrals and what could come next. Address the client as \"you\" and use no names. " + Rules(request.Language),
            Json(new { answers = Facts(request.Facts) }));
    }

    public (string System, string Data) Analysis(AnswerAnalysisRequest request)
    {
        var flags = playbook.JudgedSteps.SelectMany(s => s.Questions).SelectMany(q => q.RedFlags).Select(r => $"{r.Severity.Label()}: {r.Flag}").Distinct().ToList();
        var system = new StringBuilder()
            .Append("You are the sales coach in SalesBot. Read one answer the salesperson typed about a prospect and find, quoting the answer word for word: ")
            .Append("red flags the playbook warns about (").Append(string.Join(" ", flags)).Append(") and other signs of a bad prospect such as price hunting, ")
            .Append("wanting free work, rush jobs or shopping around; stall phrases, where the prospect neither says yes nor no (\"we need more time to think\", ")
            .Append("\"call us in two months\", \"send the proposal to my email\"); and a budget figure the prospect mentioned. ")
            .Append("Each note is one sentence of advice for the salesperson (at most ").Append(MaxNote).Append(" characters). ")
            .Append("Give a budget only when the answer names an amount; otherwise null. Empty lists when there is nothing. ")
            .Append(Rules(request.Language));
        return (system.ToString(), Json(new { question = TemplateCoach.Anonymous(request.Question), answer = request.Text, currency = request.Currency }));
    }

    /// <summary>
    /// The rules of every task: the facts of the data only, and the language to write in — the salesperson's, whatever
    /// the language of the data (quotes stay word for word as the answer has them).
    /// </summary>
    public static string Rules(string language)
    {
        var name = LanguageName(language);
        return Grounding +
            $"Write every text of the reply in {name} (language code {language}), the salesperson's language, as a native speaker would, " +
            $"without markdown; only quotes from the answer stay word for word in their own language. " +
            "Reply with the JSON object the schema describes and nothing else.";
    }

    /// <summary>The English name of a two-letter language ("ru" → "Russian", "pl" → "Polish"); English for none .NET knows.</summary>
    public static string LanguageName(string language)
    {
        try
        {
            var culture = System.Globalization.CultureInfo.GetCultureInfo(language);
            return culture.TwoLetterISOLanguageName == language && culture.EnglishName is { Length: > 0 } name && !name.Contains('(', StringComparison.Ordinal)
                ? name
                : "English";
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return "English";
        }
    }

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static List<object> Facts(IReadOnlyList<CoachFact> facts) =>
        facts.Select(f => (object)new { question = TemplateCoach.Anonymous(f.Question), answer = f.Answer }).ToList();

    private static string Json(object data) => JsonSerializer.Serialize(data);
}
