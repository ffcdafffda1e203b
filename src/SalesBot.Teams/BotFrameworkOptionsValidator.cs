using Microsoft.Extensions.Options;

namespace SalesBot.Teams;

/// <summary>Checks the Bot Framework settings fit together, so a bad deployment stops at start with a clear message.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        if (options.IsLocal)
        {
            return ValidateOptionsResult.Success;
        }

        var type = options.AppType;
        if (!string.Equals(type, BotFrameworkOptions.MultiTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(type, BotFrameworkOptions.SingleTenant, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(type, BotFrameworkOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppType '{type}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
        }

        if (!string.Equals(type, BotFrameworkOptions.UserAssignedMsi, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppPassword is required for MicrosoftAppType {type}.");
        }

        if (!string.Equals(type, BotFrameworkOptions.MultiTenant, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppTenantId is required for MicrosoftAppType {type}.");
        }

        return ValidateOptionsResult.Success;
    }
}
