using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Citaties.Cli.Tests.Support;

/// <summary>The JSON schemas of Schemas/ (see its README), built once, and a validation that lists what is wrong.</summary>
public static class SchemaFiles
{
    private static readonly Lazy<JsonSchema> SarifSchema = new(() => Load("sarif-2.1.0-rtm.5.json", asDraft7: true));
    private static readonly Lazy<JsonSchema> GitlabSchema = new(() => Load("gitlab-code-quality.json", asDraft7: false));

    /// <summary>SARIF 2.1.0.</summary>
    public static JsonSchema Sarif => SarifSchema.Value;

    /// <summary>The GitLab Code Quality report.</summary>
    public static JsonSchema Gitlab => GitlabSchema.Value;

    /// <summary>The errors of <paramref name="document"/> against <paramref name="schema"/>, formats checked too; empty when valid.</summary>
    public static string[] Errors(JsonSchema schema, JsonElement document)
    {
        var results = schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        return (results.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToArray();
    }

    /// <summary>Fails the test with the first errors when <paramref name="document"/> does not validate.</summary>
    public static void AssertValid(JsonSchema schema, JsonDocument document)
    {
        var errors = Errors(schema, document.RootElement);
        Assert.That(errors, Is.Empty, string.Join("\n", errors.Take(20)));
    }

    // The SARIF schema declares draft-04, which the library does not evaluate; it uses nothing that differs in
    // draft-07 but "id", so it is read as draft-07 without it: its references are all within the file (Schemas/README.md).
    private static JsonSchema Load(string name, bool asDraft7)
    {
        var text = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Schemas", name));
        if (asDraft7)
        {
            var root = JsonNode.Parse(text)!.AsObject();
            root["$schema"] = "http://json-schema.org/draft-07/schema#";
            root.Remove("id");
            text = root.ToJsonString();
        }

        return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
