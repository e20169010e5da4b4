using System.Text.Json;

namespace Citaties.Cli.Tests.Support;

/// <summary>
/// Checks of the JSON of DESIGN.md "Machine interface" that hold for every citation kind, so that they keep
/// holding as kinds are added.
/// </summary>
public static class MachineInterface
{
    public static readonly string[] CitationKeys = { "kind", "start", "length", "text", "canonical", "fields", "links" };

    /// <summary>The document is <c>{ "files": [ { "path", "citations": [ ... ] } ] }</c> with well-typed citations.</summary>
    public static void AssertShape(JsonDocument document)
    {
        var root = document.RootElement;
        Assert.That(root.ValueKind, Is.EqualTo(JsonValueKind.Object));
        Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "files" }));
        Assert.That(root.GetProperty("files").ValueKind, Is.EqualTo(JsonValueKind.Array));
        foreach (var file in root.GetProperty("files").EnumerateArray())
        {
            Assert.That(file.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "path", "citations" }));
            Assert.That(file.GetProperty("path").ValueKind, Is.EqualTo(JsonValueKind.String));
            Assert.That(file.GetProperty("citations").ValueKind, Is.EqualTo(JsonValueKind.Array));
            foreach (var citation in file.GetProperty("citations").EnumerateArray())
            {
                Assert.That(citation.EnumerateObject().Select(p => p.Name), Is.EqualTo(CitationKeys), citation.ToString());
                Assert.That(citation.GetProperty("kind").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(citation.GetProperty("start").GetInt32(), Is.GreaterThanOrEqualTo(0));
                Assert.That(citation.GetProperty("length").GetInt32(), Is.GreaterThan(0));
                Assert.That(citation.GetProperty("text").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(citation.GetProperty("canonical").ValueKind, Is.EqualTo(JsonValueKind.String));
                Assert.That(citation.GetProperty("fields").ValueKind, Is.EqualTo(JsonValueKind.Object));
                Assert.That(citation.GetProperty("links").ValueKind, Is.EqualTo(JsonValueKind.Array));
                Assert.That(citation.GetProperty("links").EnumerateArray().All(l => l.ValueKind == JsonValueKind.String), Is.True);
            }
        }
    }

    /// <summary>The paths of the files, in output order.</summary>
    public static string[] Paths(JsonDocument document) =>
        document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();

    /// <summary>The citations of the file at <paramref name="index"/>.</summary>
    public static JsonElement[] Citations(JsonDocument document, int index) =>
        document.RootElement.GetProperty("files")[index].GetProperty("citations").EnumerateArray().ToArray();

    /// <summary>
    /// For plain text files: each citation's <c>text</c> is exactly the file's text at <c>start</c>/<c>length</c>.
    /// <paramref name="readFile"/> gives the text of a file by its output path.
    /// </summary>
    public static int AssertSpansMatchText(JsonDocument document, Func<string, string> readFile)
    {
        var checkedCount = 0;
        foreach (var file in document.RootElement.GetProperty("files").EnumerateArray())
        {
            var path = file.GetProperty("path").GetString()!;
            var text = readFile(path);
            foreach (var citation in file.GetProperty("citations").EnumerateArray())
            {
                var start = citation.GetProperty("start").GetInt32();
                var length = citation.GetProperty("length").GetInt32();
                Assert.That(start + length, Is.LessThanOrEqualTo(text.Length), $"{path}: {citation}");
                Assert.That(text.Substring(start, length), Is.EqualTo(citation.GetProperty("text").GetString()), path);
                checkedCount++;
            }
        }

        return checkedCount;
    }
}
