using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace Citaties.Documents;

/// <summary>
/// The findings a team accepts for now, so that a check reports only new ones, as code scanning does for legacy
/// code. Each entry counts the findings of one rule, file and citation text; a finding is known while its
/// occurrence (see <see cref="FindingIdentity"/>) is below that count, so a moved paragraph stays known and a
/// second identical mistake is new. Paths are as the caller gives them; a front end makes them relative to the
/// baseline file so that it works from any folder.
/// <code>{ "version": 1, "findings": [ { "rule": "CIT2003", "path": "docs/brief.md", "text": "lid 4", "count": 1 } ] }</code>
/// </summary>
public sealed class FindingBaseline
{
    /// <summary>The version of the file format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<(string Rule, string Path, string Text), int> counts;

    private FindingBaseline(Dictionary<(string, string, string), int> counts)
    {
        this.counts = counts;
    }

    /// <summary>How many findings the baseline holds.</summary>
    public int Count => counts.Values.Sum();

    /// <summary>The baseline of <paramref name="files"/>: each file's path with its findings.</summary>
    public static FindingBaseline From(IEnumerable<(string Path, IReadOnlyList<LintFinding> Findings)> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var counts = new Dictionary<(string, string, string), int>();
        foreach (var (path, findings) in files)
        {
            foreach (var finding in findings)
            {
                var key = (finding.Diagnostic.Id, path, finding.Text);
                counts.TryGetValue(key, out var count);
                counts[key] = count + 1;
            }
        }

        return new FindingBaseline(counts);
    }

    /// <summary>True when the baseline holds the <paramref name="occurrence"/>-th finding (from 0) of this rule, file and text.</summary>
    public bool IsKnown(string ruleId, string path, string text, int occurrence) =>
        counts.TryGetValue((ruleId, path, text), out var known) && occurrence < known;

    /// <summary>The findings of the file at <paramref name="path"/> that the baseline does not hold, in their order.</summary>
    public IReadOnlyList<LintFinding> NewFindings(string path, IReadOnlyList<LintFinding> findings)
    {
        var occurrences = FindingIdentity.Occurrences(findings);
        return findings.Where((finding, i) => !IsKnown(finding.Diagnostic.Id, path, finding.Text, occurrences[i])).ToList();
    }

    /// <summary>Reads a baseline; throws <see cref="FormatException"/> saying what is wrong when it is not one.</summary>
    public static FindingBaseline Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                throw new FormatException("not a citaties baseline (no \"version\")");
            }

            if (version.GetInt32() != FormatVersion)
            {
                throw new FormatException($"baseline version {version.GetInt32()} is not supported; this citaties reads version {FormatVersion}");
            }

            var counts = new Dictionary<(string, string, string), int>();
            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("\"findings\" must be an array");
            }

            foreach (var entry in findings.EnumerateArray())
            {
                var key = (Text(entry, "rule"), Text(entry, "path"), Text(entry, "text"));
                var count = entry.TryGetProperty("count", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) && n > 0
                    ? n
                    : throw new FormatException("each finding needs a positive \"count\"");
                counts.TryGetValue(key, out var before);
                counts[key] = before + count;
            }

            return new FindingBaseline(counts);
        }
        catch (JsonException exception)
        {
            throw new FormatException("not valid JSON: " + exception.Message, exception);
        }
        catch (InvalidOperationException exception)
        {
            throw new FormatException(exception.Message, exception);
        }
    }

    /// <summary>The baseline as indented JSON (UTF-8), entries sorted so that a changed baseline diffs well.</summary>
    public byte[] ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", FormatVersion);
            writer.WriteStartArray("findings");
            foreach (var pair in counts.OrderBy(p => p.Key.Path, StringComparer.Ordinal).ThenBy(p => p.Key.Rule, StringComparer.Ordinal).ThenBy(p => p.Key.Text, StringComparer.Ordinal))
            {
                writer.WriteStartObject();
                writer.WriteString("rule", pair.Key.Rule);
                writer.WriteString("path", pair.Key.Path);
                writer.WriteString("text", pair.Key.Text);
                writer.WriteNumber("count", pair.Value);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static string Text(JsonElement entry, string name) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new FormatException($"each finding needs a string \"{name}\"");
}
