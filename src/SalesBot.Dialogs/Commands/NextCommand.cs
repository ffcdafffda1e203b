using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Commands;

/// <summary>"next Acme" (also "what's next with Acme?"): only the next step for one deal, and why.</summary>
internal sealed class NextCommand : DealCommandBase
{
    public override string Name => "next";

    public override string Usage => "next <prospect>";

    public override string Summary => "What to do next with a deal, and why.";

    public override async Task<DialogTurnResult> ExecuteAsync(DialogContext dc, string arguments, CancellationToken cancellationToken)
    {
        var (deal, result) = await ResolveAsync(dc, arguments, "", allowNew: false, cancellationToken);
        if (deal is null)
        {
            return result;
        }

        var snapshot = await dc.Context.Session.SnapshotAsync(deal, cancellationToken);
        var judgement = QualificationJudge.Judge(dc.Context.Playbook, snapshot.Answers, snapshot.Price);
        dc.Context.Send($"**{new UserText(deal.Prospect)}**\n" + CoachingText.Next(NextStepAdvisor.Advise(dc.Context.Playbook, snapshot, judgement)));
        return Done;
    }
}
