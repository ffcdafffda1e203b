using System.Globalization;
using System.Text;
using System.Text.Json;
using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;

namespace SalesBot.Dialogs.Rendering;

/// <summary>
/// Writes a user's deals and answers as CSV (one row per answer version) and JSON (deals with answers, touches and history).
/// The CSV is for people, opened in a spreadsheet: its header row is in the user's language (the columns, their order and
/// their values are the same in every language). The JSON is for machines: its keys never change, and codes (stage,
/// status, verdict, severity, step and question ids, stored values, ISO dates) are language-neutral, so exports of users
/// in different languages compare; only sentences meant to be read (question text, why, advice, history) follow the language.
/// </summary>
public static class ExportWriter
{
    /// <summary>The CSV columns, in order; the English header row names them by these ids.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["prospect", "stage", "status", "closed_reason", "step", "question_id", "question", "version", "value", "note", "recorded_at", "recorded_by"];

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Csv(Playbook playbook, IEnumerable<DealSnapshot> deals)
    {
        var csv = new StringBuilder();
        Row(csv, Header());
        foreach (var snapshot in deals)
        {
            var deal = snapshot.Deal;
            string[] dealCells = [deal.Prospect, deal.Stage.Name(), deal.Status.ToString().ToLowerInvariant(), deal.ClosedReason ?? ""];
            if (snapshot.Answers.All.Count == 0)
            {
                Row(csv, [.. dealCells, "", "", "", "", "", "", "", ""]);
            }

            foreach (var answer in snapshot.Answers.All)
            {
                var question = playbook.FindStep(answer.StepId)?.FindQuestion(answer.QuestionId);
                Row(csv,
                [
                    .. dealCells, answer.StepId, answer.QuestionId, QuestionText(question, snapshot), answer.Version.ToString(CultureInfo.InvariantCulture),
                    answer.Value, answer.Note ?? "", answer.RecordedAt.ToString("O", CultureInfo.InvariantCulture), answer.RecordedBy,
                ]);
            }
        }

        return csv.ToString();
    }

    public static string Json(Playbook playbook, IEnumerable<DealSnapshot> deals)
    {
        var export = deals.Select(s => new
        {
            judgement = JudgementOf(playbook, s),
            prospect = s.Deal.Prospect,
            stage = s.Deal.Stage.Name(),
            status = s.Deal.Status.ToString().ToLowerInvariant(),
            closedReason = s.Deal.ClosedReason,
            completedSteps = s.Deal.CompletedSteps,
            createdAt = s.Deal.CreatedAt,
            updatedAt = s.Deal.UpdatedAt,
            answers = s.Answers.All.Select(a => new
            {
                step = a.StepId,
                question = a.QuestionId,
                text = QuestionText(playbook.FindStep(a.StepId)?.FindQuestion(a.QuestionId), s),
                a.Version,
                a.Value,
                a.Note,
                a.RecordedAt,
                a.RecordedBy,
            }),
            touches = s.Touches.Select(t => new { kind = t.Kind.ToString().ToLowerInvariant(), t.Outcome, t.At, t.By }),
            history = s.Events.Select(e => new { e.Kind, Detail = DealHistory.Render(e.Detail, playbook, s.Deal.Prospect, s.Price), e.At, e.By }),
        });
        return JsonSerializer.Serialize(new { deals = export }, JsonOptions);
    }

    private static string QuestionText(Question? question, DealSnapshot snapshot) =>
        question is null ? "" : PlaybookText.Fill(question.Text, snapshot.Deal.Prospect, snapshot.Price);

    /// <summary>The verdict as the bot shows it, with the next step, so an export reads the same as the deal view.</summary>
    private static object? JudgementOf(Playbook playbook, DealSnapshot snapshot)
    {
        var judgement = QualificationJudge.Judge(playbook, snapshot.Answers, snapshot.Price);
        var next = NextStepAdvisor.Advise(playbook, snapshot, judgement);
        return new
        {
            verdict = judgement is null ? null : VerdictId(judgement.Verdict),
            score = judgement?.Score,
            answered = judgement?.Answered,
            total = judgement?.Total,
            why = judgement?.Why,
            change = judgement?.Change,
            redFlags = judgement?.Flags.Select(f => new { step = f.StepId, question = f.QuestionId, rule = f.RuleId, severity = f.Severity.Name(), f.Flag, f.Advice }),
            nextStep = new { next.Action, next.Why, next.Command },
        };
    }

    /// <summary>The header row in the current language, one name per column (the ids when a translation has the wrong count).</summary>
    private static IReadOnlyList<string> Header()
    {
        var names = Localization.Strings.Get("Export.Columns").Trim(Localization.PseudoLocale.Open, Localization.PseudoLocale.Close).Split(',');
        return names.Length == Columns.Count ? names : Columns;
    }

    /// <summary>The verdict's language-neutral id: "qualified", "needs work", "walk away" (the English words, as exports always had).</summary>
    private static string VerdictId(Verdict verdict) => verdict switch
    {
        Verdict.Qualified => "qualified",
        Verdict.NeedsWork => "needs work",
        _ => "walk away",
    };

    private static void Row(StringBuilder csv, IEnumerable<string> cells)
    {
        csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    /// <summary>
    /// Characters that make a spreadsheet read a cell as a formula when they start it: = + - @, their full-width forms
    /// (which some spreadsheets fold to ASCII), tab, CR and LF. Leading spaces do not hide them.
    /// </summary>
    private const string FormulaTriggers = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\t\r\n";

    /// <summary>Quotes a cell, and defuses text a spreadsheet would run as a formula.</summary>
    private static string Cell(string value)
    {
        var first = value.TrimStart(' ');
        if (first.Length > 0 && FormulaTriggers.Contains(first[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
