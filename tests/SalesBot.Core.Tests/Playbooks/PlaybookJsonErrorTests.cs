using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Playbooks;

namespace SalesBot.Core.Tests.Playbooks;

public sealed class PlaybookJsonErrorTests
{
    [Fact]
    public void Malformed_json_is_rejected_with_the_file_path_and_line()
    {
        const string json = "{\n  \"name\": \"Team\",\n  \"defaults\": { \"startingPrice\": 5000 \"currency\": \"USD\" }\n}";

        var exception = Assert.Throws<PlaybookException>(() => PlaybookLoader.Load(json, "team.json"));

        Assert.StartsWith("Playbook 'team.json' is invalid:\n- $.defaults", exception.Message, StringComparison.Ordinal);
        Assert.Contains("(line 3, position ", exception.Message, StringComparison.Ordinal);
        Assert.IsType<JsonException>(exception.InnerException, exactMatch: false);
    }

    [Fact]
    public void Unknown_property_is_rejected_as_a_probable_typo_with_its_path()
    {
        var playbook = PlaybookValidationTests.DefaultPlaybook();
        var budget = playbook["steps"]![1]!["questions"]![4]!.AsObject();
        budget.Remove("kind");
        budget["kindd"] = "money";

        var message = PlaybookValidationTests.LoadFailure(playbook.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        Assert.StartsWith("Playbook 'team.json' is invalid:\n- $.steps[1].questions[4].kindd (line ", message, StringComparison.Ordinal);
        Assert.EndsWith("unknown property 'kindd'; check its spelling (names are camelCase)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_in_the_wrong_case_is_rejected_as_unknown()
    {
        var playbook = PlaybookValidationTests.DefaultPlaybook();
        playbook["Name"] = playbook["name"]!.DeepClone();

        var message = PlaybookValidationTests.LoadFailure(playbook.ToJsonString());

        Assert.Contains("$.Name (line 1, position ", message, StringComparison.Ordinal);
        Assert.Contains("unknown property 'Name'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_of_the_wrong_type_is_rejected_saying_what_was_expected()
    {
        var playbook = PlaybookValidationTests.DefaultPlaybook();
        playbook["steps"]![1]!["questions"]![0]!["weight"] = "twelve";

        var message = PlaybookValidationTests.LoadFailure(playbook.ToJsonString());

        Assert.Contains("- $.steps[1].questions[0].weight (line 1, position ", message, StringComparison.Ordinal);
        Assert.EndsWith("the value should be a whole number", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_given_twice_is_rejected()
    {
        const string json = "{\n  \"name\": \"Team\",\n  \"name\": \"Other\"\n}";

        var message = PlaybookValidationTests.LoadFailure(json);

        Assert.Contains("$.name (line 3, position ", message, StringComparison.Ordinal);
        Assert.EndsWith("property 'name' appears more than once", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    public void Text_that_is_not_a_playbook_object_is_rejected(string json)
    {
        var message = PlaybookValidationTests.LoadFailure(json);

        Assert.StartsWith("Playbook 'team.json' is invalid:\n- $", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_document_is_rejected_as_empty()
    {
        var message = PlaybookValidationTests.LoadFailure("null");

        Assert.Equal("Playbook 'team.json' is invalid:\n- $: the document is empty (null); expected a playbook object", message);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_in_a_hand_written_playbook()
    {
        var json = "// our team's playbook\n" + PlaybookLoader.ReadDefaultJson().TrimEnd().TrimEnd('}') + ",\n}";

        var playbook = PlaybookLoader.Load(json, "team.json");

        Assert.Equal(9, playbook.Steps.Count);
    }
}
