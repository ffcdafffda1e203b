using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;

namespace SalesBot.AI.Tests;

/// <summary>The AI coach exists only when configured, and a half or unsafe configuration stops start-up with a clear error.</summary>
public sealed class AddSalesBotAITests
{
    [Fact]
    public async Task Without_an_OpenAI_section_the_coach_stays_the_template_and_no_client_is_registered()
    {
        await using var rig = CoachRig.Create(new Dictionary<string, string?> { ["OpenAI:Tenants:0"] = "*" });

        Assert.IsType<TemplateCoach>(rig.Coach);
        Assert.Null(rig.Services.GetService<OpenAI.Chat.ChatClient>());
    }

    [Theory]
    [InlineData(null, "key", "model", "OpenAI:Endpoint is required")]
    [InlineData("https://example.openai.azure.com/openai/v1/", null, "model", "OpenAI:ApiKey is required")]
    [InlineData("https://example.openai.azure.com/openai/v1/", "key", null, "OpenAI:Model is required")]
    [InlineData("http://example.com/v1/", "key", "model", "must be an absolute https address")]
    public async Task A_half_or_unsafe_configuration_is_refused_with_the_setting_named(string? endpoint, string? key, string? model, string error)
    {
        await using var rig = CoachRig.Create(new Dictionary<string, string?> { ["OpenAI:Endpoint"] = endpoint, ["OpenAI:ApiKey"] = key, ["OpenAI:Model"] = model });

        var failure = Assert.Throws<OptionsValidationException>(() => rig.Coach);
        Assert.Contains(error, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00.050")]
    [InlineData("00:00:20")]
    public async Task A_time_budget_a_turn_cannot_afford_is_refused(string budget)
    {
        await using var rig = CoachRig.Create(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = "https://example.openai.azure.com/openai/v1/", ["OpenAI:ApiKey"] = "k", ["OpenAI:Model"] = "m", ["OpenAI:TimeBudget"] = budget,
        });

        var failure = Assert.Throws<OptionsValidationException>(() => rig.Coach);
        Assert.Contains("OpenAI:TimeBudget must be between", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_configuration_puts_the_guarded_model_coach_in_place_of_the_template()
    {
        await using var rig = CoachRig.Create(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = "http://127.0.0.1:9/v1", ["OpenAI:ApiKey"] = "k", ["OpenAI:Model"] = "m",
        });

        Assert.IsType<GuardedCoach>(rig.Coach);
        Assert.Empty(rig.Services.GetRequiredService<IOptions<OpenAIOptions>>().Value.Tenants);
    }
}
