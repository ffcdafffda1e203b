using System.Text.Json.Nodes;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Tests.Playbooks;

public sealed class PlaybookValidationTests
{
    private const string Source = "team.json";

    public static TheoryData<string> Scenarios => new(BrokenPlaybooks.Cases.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Broken_playbook_is_rejected_naming_the_file_the_entry_and_the_problem(string scenario)
    {
        var broken = BrokenPlaybooks.Cases[scenario];
        var playbook = DefaultPlaybook();
        broken.Break(playbook);

        var message = LoadFailure(playbook.ToJsonString());

        Assert.StartsWith($"Playbook '{Source}' is invalid:\n- ", message, StringComparison.Ordinal);
        Assert.Contains(broken.ExpectedProblem, ProblemLines(message));
    }

    [Fact]
    public void Every_problem_in_a_playbook_is_reported_at_once()
    {
        var playbook = DefaultPlaybook();
        BrokenPlaybooks.Cases["currency lower-case"].Break(playbook);
        BrokenPlaybooks.Cases["question kind unknown"].Break(playbook);
        BrokenPlaybooks.Cases["red flag severity unknown"].Break(playbook);

        var lines = ProblemLines(LoadFailure(playbook.ToJsonString()));

        Assert.Equal(3, lines.Count);
        Assert.Contains(BrokenPlaybooks.Cases["currency lower-case"].ExpectedProblem, lines);
        Assert.Contains(BrokenPlaybooks.Cases["question kind unknown"].ExpectedProblem, lines);
        Assert.Contains(BrokenPlaybooks.Cases["red flag severity unknown"].ExpectedProblem, lines);
    }

    [Theory]
    [InlineData("question kind unknown")]
    [InlineData("choice question without choices")]
    [InlineData("step id used twice")]
    [InlineData("red flag condition does not fit the kind")]
    public void A_single_mistake_is_reported_once_without_follow_on_noise(string scenario)
    {
        var playbook = DefaultPlaybook();
        BrokenPlaybooks.Cases[scenario].Break(playbook);

        var lines = ProblemLines(LoadFailure(playbook.ToJsonString()));

        Assert.Equal([BrokenPlaybooks.Cases[scenario].ExpectedProblem], lines);
    }

    [Fact]
    public void A_valid_team_playbook_with_its_own_steps_loads()
    {
        var playbook = DefaultPlaybook();
        playbook["name"] = "Agency playbook";
        playbook["defaults"]!["currency"] = "EUR";
        playbook["steps"]!.AsArray().RemoveAt(8);
        playbook.Remove("nudges"); // its reentry names the removed exit step; without the section the default rules apply

        var loaded = PlaybookLoader.Load(playbook.ToJsonString(), Source);

        Assert.Equal("Agency playbook", loaded.Name);
        Assert.Equal("EUR", loaded.Defaults.Currency);
        Assert.Equal(8, loaded.Steps.Count);
        Assert.Same(PlaybookLoader.LoadDefault().Nudges, loaded.Nudges);
    }

    [Fact]
    public void Kind_and_severity_names_are_read_regardless_of_case_and_answers_are_normalized()
    {
        var playbook = DefaultPlaybook();
        var need = playbook["steps"]![1]!["questions"]![0]!;
        need["kind"] = "YesNo";
        need["redFlags"]![0]!["severity"] = "HARDSTOP";
        need["redFlags"]![0]!["when"] = new JsonObject { ["answerIn"] = new JsonArray("No") };

        var question = PlaybookLoader.Load(playbook.ToJsonString(), Source).GetStep("qualify").Questions[0];

        Assert.Equal(AnswerKind.YesNo, question.Kind);
        Assert.Equal(Severity.HardStop, question.RedFlags[0].Severity);
        Assert.Equal(["no"], question.RedFlags[0].When.AnswerIn!);
    }

    internal static JsonObject DefaultPlaybook() => JsonNode.Parse(PlaybookLoader.ReadDefaultJson())!.AsObject();

    internal static string LoadFailure(string json) =>
        Assert.Throws<PlaybookException>(() => PlaybookLoader.Load(json, Source)).Message;

    private static List<string> ProblemLines(string message) =>
        message.Split('\n').Skip(1).Select(l => l.StartsWith("- ", StringComparison.Ordinal) ? l[2..] : l).ToList();
}
