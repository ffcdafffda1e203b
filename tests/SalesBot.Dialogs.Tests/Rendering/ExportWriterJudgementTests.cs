using SalesBot.Testing;
using System.Text.Json;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Dialogs.Rendering;

namespace SalesBot.Dialogs.Tests.Rendering;

/// <summary>Exports show the same judgement and filled question texts as the deal view.</summary>
public sealed class ExportWriterJudgementTests
{
    private static readonly Playbook Playbook = PlaybookLoader.LoadDefault();
    private static readonly PricePoint Price = new(5000m, "USD");
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static DealSnapshot Snapshot()
    {
        var deal = Deal.Start(new Owner("t", "u"), "Acme", At);
        var answers = new AnswerSheet(
        [
            Answers.Of("screen", "afford", "yes", at: At, dealId: deal.Id, by: "u"),
            Answers.Of("qualify", "decision-maker", "no", at: At, dealId: deal.Id, by: "u"),
        ]);
        return new DealSnapshot(deal, answers, [], [], Price);
    }

    [Fact]
    public void Json_CarriesTheVerdictWhyWhatWouldChangeItTheFlagsBySeverityAndTheNextStep()
    {
        var snapshot = Snapshot();
        var expected = QualificationJudge.Judge(Playbook, snapshot.Answers, Price)!;

        using var json = JsonDocument.Parse(ExportWriter.Json(Playbook, [snapshot]));
        var judgement = json.RootElement.GetProperty("deals")[0].GetProperty("judgement");

        Assert.Equal("needs work", judgement.GetProperty("verdict").GetString());
        Assert.Equal(expected.Why, judgement.GetProperty("why").GetString());
        Assert.Equal("Qualified once the person who signs is in the conversation.", judgement.GetProperty("change").GetString());
        var flag = Assert.Single(judgement.GetProperty("redFlags").EnumerateArray());
        Assert.Equal(("not-decision-maker", "blocker"), (flag.GetProperty("rule").GetString(), flag.GetProperty("severity").GetString()));
        Assert.Equal(NextStepAdvisor.Advise(Playbook, snapshot, expected).Command, judgement.GetProperty("nextStep").GetProperty("command").GetString());
    }

    [Fact]
    public void CsvAndJson_ShowQuestionTextsWithTheirPlaceholdersFilled()
    {
        var snapshot = Snapshot();

        var csv = ExportWriter.Csv(Playbook, [snapshot]);
        var json = ExportWriter.Json(Playbook, [snapshot]);

        Assert.Contains("My prices start at 5,000 USD. Were they prepared to spend that?", csv, StringComparison.Ordinal);
        Assert.Contains("My prices start at 5,000 USD. Were they prepared to spend that?", json, StringComparison.Ordinal);
        Assert.DoesNotContain("{startingPrice}", csv + json, StringComparison.Ordinal);
    }
}
