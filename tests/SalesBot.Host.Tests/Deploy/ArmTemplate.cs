using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SalesBot.Host.Tests.Deploy;

/// <summary>deploymentTemplates/main.json read as JSON, with the parts the tests look at.</summary>
internal sealed partial class ArmTemplate
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ArmTemplate(string text)
    {
        Text = text;
        Json = JsonNode.Parse(text)!.AsObject();
    }

    public static ArmTemplate Main { get; } = Load("main.json");

    public string Text { get; }

    public JsonObject Json { get; }

    public JsonObject Parameters => Json["parameters"]!.AsObject();

    public JsonObject Variables => Json["variables"]?.AsObject() ?? [];

    public IReadOnlyList<JsonObject> Resources =>
        Json["resources"] switch
        {
            JsonArray list => list.Select(r => r!.AsObject()).ToList(),
            JsonObject symbolic => symbolic.Select(r => r.Value!.AsObject()).ToList(),
            _ => [],
        };

    public JsonObject Resource(string type) => Resources.Single(r => (string?)r["type"] == type);

    /// <summary>The web app's application settings, name → value (an ARM expression or a literal).</summary>
    public IReadOnlyDictionary<string, string> AppSettings =>
        Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .ToDictionary(s => (string)s!["name"]!, s => s!["value"]!.ToString(), StringComparer.OrdinalIgnoreCase);

    /// <summary>JSON text with quotes left as they are, so expressions like parameters('x') can be searched.</summary>
    public static string Raw(JsonNode? node) => node?.ToJsonString(Unescaped) ?? "";

    public static ArmTemplate Load(string file) => new(Repository.Read("deploymentTemplates", file));

    /// <summary>How often the template text outside the declarations refers to parameters('name').</summary>
    public int ParameterUses(string name) => Uses(ParameterReference(), name, ownVariable: null);

    public int VariableUses(string name) => Uses(VariableReference(), name, ownVariable: name);

    private int Uses(Regex reference, string name, string? ownVariable)
    {
        var declarations = new JsonObject
        {
            ["variables"] = Variables.DeepClone(),
            ["resources"] = Json["resources"]?.DeepClone(),
            ["outputs"] = Json["outputs"]?.DeepClone(),
            ["parameterDefaults"] = new JsonArray(Parameters.Select(p => p.Value?["defaultValue"]?.DeepClone()).ToArray()),
        };

        // A variable's own definition does not count as a use of that variable.
        if (ownVariable is not null)
        {
            declarations["variables"]!.AsObject().Remove(ownVariable);
        }

        return reference.Matches(declarations.ToJsonString(Unescaped)).Count(m => m.Groups["name"].Value == name);
    }

    [GeneratedRegex(@"parameters\('(?<name>[^']+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();
}
