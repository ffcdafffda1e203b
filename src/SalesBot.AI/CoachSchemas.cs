using System.Text.Json;

namespace SalesBot.AI;

/// <summary>The JSON shapes the model must answer in (structured outputs, strict).</summary>
internal static class CoachSchemas
{
    public static readonly JsonElement Points = List("points");

    public static readonly JsonElement Paragraphs = List("paragraphs");

    public static readonly JsonElement Questions = List("questions");

    public static readonly JsonElement Analysis = Parse("""
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

    private static JsonElement List(string name) => Parse(
        "{\"type\":\"object\",\"properties\":{\"" + name + "\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"required\":[\"" + name + "\"],\"additionalProperties\":false}");

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
