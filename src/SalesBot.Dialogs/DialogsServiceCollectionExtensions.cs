using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;
using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Flows;
using SalesBot.Dialogs.Nudges;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The playbook, the dialogs, the commands and the turn pipeline every channel runs its turns through.</summary>
    public static IServiceCollection AddSalesBotDialogs(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PlaybookOptions>().BindConfiguration(PlaybookOptions.Section);
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => PlaybookProvider.Load(sp.GetRequiredService<IOptions<PlaybookOptions>>()));
        services.AddSingleton(sp => PlaybookProvider.LoadLanguages(sp.GetRequiredService<IOptions<PlaybookOptions>>(), sp.GetRequiredService<Playbook>()));
        services.AddHostedService<PlaybookStartupCheck>();

        services.AddSingleton(sp => new Lazy<CommandRouter>(sp.GetRequiredService<CommandRouter>));
        services.AddSingleton(sp => new CommandRouter(sp.GetRequiredService<Playbook>(), sp.GetRequiredService<Lazy<CommandRouter>>()));
        services.AddSingleton<Dialog, AnswerPrompt>();
        services.AddSingleton<Dialog, QuestionLoopDialog>();
        services.AddSingleton<Dialog, StepDialog>();
        services.AddSingleton<Dialog, ChooseDealDialog>();
        services.AddSingleton<Dialog, Privacy.ConfirmDialog>();
        services.AddSingleton(sp => new DialogSet(sp.GetServices<Dialog>()));
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TurnRateLimiter>();
        services.TryAddSingleton<ICoach, TemplateCoach>();
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NudgeServices>();
        services.AddSingleton<NudgeDispatcher>();
        services.AddHostedService<NudgeDispatchService>();
        services.AddSingleton<Pipeline.TurnPipeline>();
        return services;
    }
}
