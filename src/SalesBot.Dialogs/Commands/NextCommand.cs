using SalesBot.Core.Coaching;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Commands;

/// <summary>"next Acme" (also "what's next with Acme?"): only the next step for one deal, and why.</summary>
internal sealed class NextCommand() : DealCommandBase("next", "next <prospect>", "What to do next with a deal, and why.")
{
    protected override async Task<DialogTurnResult> RunAsync(DialogContext dc, Deal deal, string rest, CancellationToken cancellationToken)
    {
        var snapshot = await dc.Context.Session.SnapshotAsync(deal, cancellationToken);
        var judgement = QualificationJudge.Judge(dc.Context.Playbook, snapshot.Answers, snapshot.Price);
        dc.Context.Send($"**{new UserText(deal.Prospect)}**\n" + CoachingText.Next(NextStepAdvisor.Advise(dc.Context.Playbook, snapshot, judgement)));
        return Done;
    }
}
