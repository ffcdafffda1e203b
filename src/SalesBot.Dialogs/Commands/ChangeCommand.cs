using System.Text.RegularExpressions;
using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Flows;
using SalesBot.Dialogs.Prompts;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Commands;

/// <summary>
/// "change budget to 4500" (inside a flow: its deal) or "change Acme budget to 4500": records a new version of that
/// one answer, read like the question reads it, then shows the verdict again when the question counts towards it.
/// </summary>
internal sealed partial class ChangeCommand() : BotCommand(
    "change",
    "change <prospect> <question> to <answer>",
    "Re-record one answer by a word of its question (budget, deadline, decision maker) and see the verdict again; inside a flow the prospect can be left out.")
{
    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        var deals = await context.Session.ListDealsAsync(cancellationToken);
        if (Parse(context, deals, arguments) is not { } target)
        {
            context.Send(Localization.Strings.Format(context.OpenFlow is null ? "Change.Usage" : "Change.UsageInFlow", Localization.CommandWords.LocalUsage(Name, Usage)));
            return Done;
        }

        var (deal, found, value) = target;
        var price = await context.Session.GetPriceAsync(cancellationToken);
        if (found.Count != 1)
        {
            context.Send(found.Count == 0
                ? Localization.Strings.Format("Change.WhichQuestion", Flows.Quote.Name(deal.Prospect))
                : Localization.Strings.Format("Change.CouldBe", string.Join("; ", found.Take(5).Select(x => $"\"{PlaybookText.Show(x.Question.Text, deal.Prospect, price)}\" ({x.Step.Title})"))));
            return Done;
        }

        var (step, question) = found[0];
        var answers = await context.Session.GetAnswersAsync(deal.Id, cancellationToken);
        var before = answers.Current(step.Id, question.Id);
        var prompt = QuestionFactory.Create(step, step.IndexOf(question.Id), deal, before, price);
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        var recognition = AnswerRecognizer.Recognize(prompt, value, today, context.Turn.Locale);
        var shownQuestion = PlaybookText.Show(question.Text, deal.Prospect, price);
        if (!recognition.Succeeded)
        {
            context.Send(Localization.Strings.Format("Change.NotRead", shownQuestion, recognition.Error, AnswerRecognizer.Example(prompt.Kind, prompt.Choices)));
            return Done;
        }

        var answer = await context.Session.RecordAnswerAsync(deal, step.Id, question.Id, recognition.Value, recognition.Note, cancellationToken);
        var was = before is null ? Localization.Strings.Get("Change.NoAnswer") : AnswerFormatter.Display(question, before.Value);
        context.Send(Localization.Strings.Format("Change.Done", shownQuestion, UserText.Escape(deal.Prospect), UserText.Escape(was), UserText.Escape(AnswerFormatter.Display(question, answer.Value)), answer.Note is { Length: > 0 } note ? $" ({UserText.Escape(note)})" : ""));
        foreach (var rule in RedFlagFinder.Fired(question, answer, price))
        {
            context.Send($"{Localization.Words.Severity(rule.Severity)}: {PlaybookText.Show(rule.Flag, deal.Prospect, price)} {PlaybookText.Show(rule.Advice, deal.Prospect, price)}");
        }

        if (step.Judged)
        {
            var snapshot = await context.Session.SnapshotAsync(deal, cancellationToken);
            var judgement = QualificationJudge.Judge(context.Playbook, snapshot.Answers, snapshot.Price);
            if (judgement is not null)
            {
                context.Send(CoachingText.Verdict(judgement, NextStepAdvisor.Advise(context.Playbook, snapshot, judgement)));
            }
        }

        return Done;
    }

    /// <summary>The deal, the questions the words may mean and the new answer; null when the text has no " to " (or "на", "na").</summary>
    private static (Deal Deal, IReadOnlyList<(PlaybookStep Step, Question Question)> Found, string Value)? Parse(TurnContext context, IReadOnlyList<Deal> deals, string arguments)
    {
        var open = context.OpenFlow is { } flow ? deals.FirstOrDefault(d => d.Id == flow.DealId) : null;
        (Deal, IReadOnlyList<(PlaybookStep, Question)>, string)? best = null;
        foreach (Match to in To.Matches(arguments))
        {
            var left = arguments[..to.Index].Trim();
            var value = arguments[(to.Index + to.Length)..].Trim();
            if (left.Length == 0 || value.Length == 0)
            {
                continue;
            }

            var (name, rest) = ProspectResolver.SplitName(deals, left);
            var named = rest.Length > 0 ? ProspectResolver.Match(deals, name).Deal : null;
            if (named is not null && QuestionFinder.Find(context.Playbook, rest, OpenStep(context, named)) is { Count: > 0 } forNamed)
            {
                return (named, forNamed, value);
            }

            if (open is not null && QuestionFinder.Find(context.Playbook, left, context.OpenFlow!.StepId) is { Count: > 0 } inFlow)
            {
                return (open, inFlow, value);
            }

            best ??= named is not null ? (named, [], value) : open is not null ? (open, [], value) : null;
        }

        return best;
    }

    private static string? OpenStep(TurnContext context, Deal deal) => context.OpenFlow is { } flow && flow.DealId == deal.Id ? flow.StepId : null;

    /// <summary>" to " and every language's word for it (" на ", " na "): each is tried in turn, so a question's own "на" does no harm.</summary>
    private static readonly Regex To = new(
        @"\s+(?:" + string.Join("|", new[] { "to" }.Concat(Localization.CommandWords.All("to")).Select(Regex.Escape)) + @")\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
