namespace SalesBot.AI;

/// <summary>The JSON shapes the model must answer in (OpenAI structured outputs, strict).</summary>
internal static class CoachSchemas
{
    public static readonly BinaryData Points = List("points");

    public static readonly BinaryData Paragraphs = List("paragraphs");

    public static readonly BinaryData Questions = List("questions");

    public static readonly BinaryData Analysis = BinaryData.FromString("""
        {
          "type": "object",
          "properties": {
            "redFlags": { "type": "array", "items": { "$ref": "#/$defs/finding" } },
            "stalls": { "type": "array", "items": { "$ref": "#/$defs/finding" } },
            "budget": {
              "type": ["object", "null"],
              "properties": {
                "amount": { "type": "number" },
                "currency": { "type": "string" },
                "quote": { "type": "string" }
              },
              "required": ["amount", "currency", "quote"],
              "additionalProperties": false
            }
          },
          "required": ["redFlags", "stalls", "budget"],
          "additionalProperties": false,
          "$defs": {
            "finding": {
              "type": "object",
              "properties": { "quote": { "type": "string" }, "note": { "type": "string" } },
              "required": ["quote", "note"],
              "additionalProperties": false
            }
          }
        }
        """);

    private static BinaryData List(string name) => BinaryData.FromString(
        "{\"type\":\"object\",\"properties\":{\"" + name + "\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"" + name + "\"],\"additionalProperties\":false}");
}
