using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Http;

namespace SalesBot.AI;

public static class AIServiceCollectionExtensions
{
    /// <summary>
    /// The AI coach, only when section "OpenAI" names an endpoint, a key or a model (then the endpoint, the model and a
    /// way to sign in are required: a key, or on Azure OpenAI the app's Entra ID identity).
    /// Without it the coach stays the deterministic <see cref="TemplateCoach"/> and nothing is sent anywhere.
    /// </summary>
    public static IServiceCollection AddSalesBotAI(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(OpenAIOptions.Section);
        if (!IsConfigured(section))
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<OpenAIOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OpenAIOptions>, OpenAIOptionsValidator>());
        services.AddHttpClient(ChatClientFactory.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers()
            .AddSalesBotResilience((options, provider) =>
            {
                // No retries: the turn waits at most the time budget, and the template answers when the model does not.
                // The circuit breaker stops calling a model that keeps failing; the budget bounds the call.
                var budget = provider.GetRequiredService<IOptions<OpenAIOptions>>().Value.TimeBudget;
                options.Retry.ShouldHandle = _ => ValueTask.FromResult(false);
                options.AttemptTimeout.Timeout = budget;
                options.TotalRequestTimeout.Timeout = budget;
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, budget.Ticks * 2));
            });
        services.AddChatClient(sp => ChatClientFactory.Create(
                sp.GetRequiredService<IOptions<OpenAIOptions>>().Value, sp.GetRequiredService<IHttpClientFactory>().CreateClient(ChatClientFactory.HttpClientName)))
            .ConfigureOptions(ChatClientFactory.NotStored);
        services.AddSingleton(sp => new CoachPrompts(sp.GetRequiredService<Playbook>()));
        services.AddSingleton<ICoachModel, ChatModelCoach>();
        services.TryAddSingleton<TemplateCoach>();
        services.RemoveAll<ICoach>();
        services.AddSingleton<ICoach, GuardedCoach>();
        return services;
    }

    internal static bool IsConfigured(IConfigurationSection section) =>
        new[] { "Endpoint", "ApiKey", "Model", "Provider", "ManagedIdentityClientId" }.Any(key => !string.IsNullOrWhiteSpace(section[key]));
}
