using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;

namespace SalesBot.AI;

public static class AIServiceCollectionExtensions
{
    /// <summary>
    /// The AI coach, only when section "OpenAI" names an endpoint, a key or a model (then all three are required).
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
        services.AddSingleton(sp => ChatClientFactory.Create(sp.GetRequiredService<IOptions<OpenAIOptions>>().Value));
        services.AddSingleton(sp => new CoachPrompts(sp.GetRequiredService<Playbook>()));
        services.AddSingleton<ICoachModel, OpenAICoach>();
        services.TryAddSingleton<TemplateCoach>();
        services.RemoveAll<ICoach>();
        services.AddSingleton<ICoach, GuardedCoach>();
        return services;
    }

    internal static bool IsConfigured(IConfigurationSection section) =>
        !string.IsNullOrWhiteSpace(section["Endpoint"]) || !string.IsNullOrWhiteSpace(section["ApiKey"]) || !string.IsNullOrWhiteSpace(section["Model"]);
}
