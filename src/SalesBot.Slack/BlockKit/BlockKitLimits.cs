using System.Text.Json.Nodes;

namespace SalesBot.Slack.BlockKit;

/// <summary>The Block Kit limits SalesBot relies on, and a check run on every payload before it is sent.</summary>
internal static class BlockKitLimits
{
    public const int MessageBlocks = 50;
    public const int ViewBlocks = 100;
    public const int SectionText = 3000;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int HeaderText = 150;
    public const int ContextElements = 10;
    public const int ActionElements = 25;
    public const int FallbackText = 40_000;
    public const int BlockId = 255;

    /// <summary>Every problem of a message or view; empty when Slack would accept it.</summary>
    public static IReadOnlyList<string> Problems(string? fallbackText, JsonArray blocks, int maxBlocks)
    {
        var problems = new List<string>();
        if (fallbackText is not null && (fallbackText.Length == 0 || fallbackText.Length > FallbackText))
        {
            problems.Add($"fallback text must be 1 to {FallbackText} characters (is {fallbackText.Length})");
        }

        if (blocks.Count > maxBlocks)
        {
            problems.Add($"{blocks.Count} blocks (at most {maxBlocks})");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i]!.AsObject();
            if (block["block_id"]?.GetValue<string>() is { } id && (!ids.Add(id) || id.Length > BlockId))
            {
                problems.Add($"block {i}: block_id '{id}' is repeated or too long");
            }

            CheckBlock(i, block, problems);
        }

        return problems;
    }

    public static void EnsureValid(string? fallbackText, JsonArray blocks, int maxBlocks)
    {
        var problems = Problems(fallbackText, blocks, maxBlocks);
        if (problems.Count > 0)
        {
            throw new BlockKitLimitException(problems);
        }
    }

    private static void CheckBlock(int i, JsonObject block, List<string> problems)
    {
        switch (block["type"]?.GetValue<string>())
        {
            case "section":
                CheckText(i, "section text", block["text"], SectionText, problems);
                if (block["accessory"] is JsonObject accessory)
                {
                    CheckElement(i, accessory, problems);
                }

                break;
            case "header":
                CheckText(i, "header text", block["text"], HeaderText, problems);
                break;
            case "context":
                var elements = block["elements"]!.AsArray();
                if (elements.Count is 0 or > ContextElements)
                {
                    problems.Add($"block {i}: context has {elements.Count} elements (1 to {ContextElements})");
                }

                foreach (var element in elements)
                {
                    CheckText(i, "context text", element, SectionText, problems);
                }

                break;
            case "actions":
                var actions = block["elements"]!.AsArray();
                if (actions.Count is 0 or > ActionElements)
                {
                    problems.Add($"block {i}: actions has {actions.Count} elements (1 to {ActionElements})");
                }

                foreach (var element in actions)
                {
                    CheckElement(i, element!.AsObject(), problems);
                }

                break;
        }
    }

    private static void CheckElement(int i, JsonObject element, List<string> problems)
    {
        if (element["type"]?.GetValue<string>() != "button")
        {
            return;
        }

        CheckText(i, "button text", element["text"], ButtonText, problems);
        if (element["value"]?.GetValue<string>() is { Length: > ButtonValue } value)
        {
            problems.Add($"block {i}: button value is {value.Length} characters (at most {ButtonValue})");
        }
    }

    private static void CheckText(int i, string what, JsonNode? text, int max, List<string> problems)
    {
        var value = text?["text"]?.GetValue<string>();
        if (string.IsNullOrEmpty(value) || value.Length > max)
        {
            problems.Add($"block {i}: {what} is {value?.Length ?? 0} characters (1 to {max})");
        }
    }
}
