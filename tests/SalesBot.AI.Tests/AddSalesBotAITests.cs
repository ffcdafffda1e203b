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
        Assert.Null(rig.Services.GetService<Microsoft.Extensions.AI.IChatClient>());
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
    [InlineData("https://example.openai.azure.com/openai/v1/", "AzureOpenAI", null, null, "OpenAI:Endpoint for AzureOpenAI is the resource address")]
    [InlineData("https://example.openai.azure.com/", null, "key", "client-1", "OpenAI:ManagedIdentityClientId is for keyless Azure OpenAI only")]
    [InlineData("https://api.openai.com/v1/", null, null, "client-1", "OpenAI:ApiKey is required")]
    public async Task An_azure_setting_that_cannot_work_is_refused_with_the_setting_named(string endpoint, string? provider, string? key, string? clientId, string error)
    {
        await using var rig = CoachRig.Create(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = endpoint, ["OpenAI:Provider"] = provider, ["OpenAI:ApiKey"] = key, ["OpenAI:ManagedIdentityClientId"] = clientId, ["OpenAI:Model"] = "m",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => rig.Coach);
        Assert.Contains(error, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.openai.azure.com/", AIProvider.AzureOpenAI, true)]
    [InlineData("https://example.cognitiveservices.azure.com/", AIProvider.AzureOpenAI, true)]
    [InlineData("https://example.openai.azure.com/openai/v1/", AIProvider.OpenAI, false)]
    [InlineData("http://127.0.0.1:11434/v1/", AIProvider.OpenAI, false)]
    public async Task The_provider_follows_the_endpoint_and_an_azure_resource_without_a_key_signs_in_with_entra_id(string endpoint, AIProvider provider, bool keyless)
    {
        await using var rig = CoachRig.Create(new Dictionary<string, string?>
        {
            ["OpenAI:Endpoint"] = endpoint, ["OpenAI:ApiKey"] = keyless ? null : "k", ["OpenAI:Model"] = "m",
        });

        Assert.IsType<GuardedCoach>(rig.Coach);
        var options = rig.Services.GetRequiredService<IOptions<OpenAIOptions>>().Value;
        Assert.Equal(provider, options.ResolvedProvider);
        Assert.Equal(keyless, options.Keyless);
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
