using System.Text.Json;

namespace Citaties.Cli.Tests.Support;

/// <summary>Checks of the <c>lint --format json</c> machine interface of DESIGN.md.</summary>
public static class LintJson
{
    public static readonly string[] DiagnosticKeys = { "id", "severity", "message", "start", "length", "line", "column", "text", "fix" };

    public static readonly string[] WordDiagnosticKeys = DiagnosticKeys.Concat(new[] { "part", "paragraph" }).ToArray();

    /// <summary>
    /// The document is exactly <c>{ "files": [ { "path", "diagnostics": [ ... ] } ] }</c> with well-typed diagnostics;
    /// those of .docx files also have part and paragraph.
    /// </summary>
    public static void AssertShape(JsonDocument document)
    {
        var root = document.RootElement;
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "files" }));
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            Assert.That(file.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "path", "diagnostics" }));
            var word = file.GetProperty("path").GetString()!.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
            foreach (var d in file.GetProperty("diagnostics").EnumerateArray())
            {
                Assert.That(d.EnumerateObject().Select(p => p.Name), Is.EqualTo(word ? WordDiagnosticKeys : DiagnosticKeys), d.ToString());
                Assert.That(d.GetProperty("id").GetString(), Does.Match("^CIT[0-9]{4}$"));
                Assert.That(new[] { "error", "warning", "info" }, Does.Contain(d.GetProperty("severity").GetString()));
                Assert.That(d.GetProperty("message").GetString(), Is.Not.Empty);
                Assert.That(d.GetProperty("start").GetInt32(), Is.GreaterThanOrEqualTo(0));
                Assert.That(d.GetProperty("length").GetInt32(), Is.GreaterThanOrEqualTo(0));
                Assert.That(d.GetProperty("line").GetInt32(), Is.GreaterThanOrEqualTo(1));
                Assert.That(d.GetProperty("column").GetInt32(), Is.GreaterThanOrEqualTo(1));
                Assert.That(d.GetProperty("text").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(d.GetProperty("fix").ValueKind, Is.AnyOf(JsonValueKind.String, JsonValueKind.Null));
                if (word)
                {
                    Assert.That(d.GetProperty("part").GetString(), Does.StartWith("/word/"));
                    Assert.That(d.GetProperty("paragraph").GetInt32(), Is.GreaterThanOrEqualTo(1));
                }
            }
        }
    }

    public static string[] Paths(JsonDocument document) =>
        document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();

    public static JsonElement[] Diagnostics(JsonDocument document, int index) =>
        document.RootElement.GetProperty("files")[index].GetProperty("diagnostics").EnumerateArray().ToArray();
}
