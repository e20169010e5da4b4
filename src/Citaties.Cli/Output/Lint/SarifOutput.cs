using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), as code scanning services read it: one run of
/// the tool <c>citaties</c> with every rule of the catalog, one result per finding, regions 1-based with columns in
/// UTF-16 code units, and the fix as a replacement when there is one.
/// </summary>
internal sealed class SarifOutput : ILintOutput
{
    /// <summary>The base id relative artifact paths are resolved against.</summary>
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The key of the finding's identity in <c>partialFingerprints</c>, versioned as the specification suggests.</summary>
    public const string FingerprintKey = "citatiesFindingHash/v1";

    private readonly JsonSink sink;
    private readonly Dictionary<string, int> ruleIndex;

    /// <summary>
    /// Starts the log on <paramref name="output"/>. Relative paths are relative to <paramref name="workingDirectory"/>;
    /// rule titles are in the language of <paramref name="culture"/>; the default level of each rule is its
    /// severity in <paramref name="profile"/>.
    /// </summary>
    public SarifOutput(TextWriter output, string workingDirectory, CultureInfo culture, LintProfile profile)
    {
        sink = new JsonSink(output);
        ruleIndex = RuleCatalog.All.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var writer = sink.Writer;
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        writer.WriteString("version", "2.1.0");
        writer.WritePropertyName("runs");
        writer.WriteStartArray();
        writer.WriteStartObject();
        WriteTool(writer, culture, profile);
        writer.WritePropertyName("originalUriBaseIds");
        writer.WriteStartObject();
        writer.WritePropertyName(SourceRoot);
        writer.WriteStartObject();
        writer.WriteString("uri", FolderUri(workingDirectory));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteString("columnKind", "utf16CodeUnits");
        writer.WritePropertyName("results");
        writer.WriteStartArray();
    }

    /// <summary>The SARIF level of a severity: <c>error</c>, <c>warning</c>, <c>note</c>, or <c>none</c> for a rule switched off.</summary>
    public static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>
    /// A rule's SARIF <c>name</c>: its English title in upper camel case (<c>MalformedBwbId</c>), an identifier as
    /// the specification asks, stable across message languages.
    /// </summary>
    public static string RuleName(RuleDescriptor descriptor)
    {
        var name = new StringBuilder();
        var wordStart = true;
        foreach (var c in descriptor.Title.English)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                wordStart = true;
                continue;
            }

            name.Append(wordStart ? char.ToUpperInvariant(c) : c);
            wordStart = false;
        }

        return name.ToString();
    }

    /// <inheritdoc />
    public void WriteFile(ReportedFile file)
    {
        var writer = sink.Writer;
        for (var i = 0; i < file.Findings.Count; i++)
        {
            var finding = file.Findings[i];
            var d = finding.Diagnostic;
            writer.WriteStartObject();
            writer.WriteString("ruleId", d.Id);
            writer.WriteNumber("ruleIndex", ruleIndex[d.Id]);
            writer.WriteString("level", Level(d.Severity));
            writer.WritePropertyName("message");
            writer.WriteStartObject();
            writer.WriteString("text", d.Message);
            writer.WriteEndObject();
            // Code scanning matches results across commits by these; without them it hashes the line, so text
            // added above a finding would close it and open it again.
            writer.WritePropertyName("partialFingerprints");
            writer.WriteStartObject();
            writer.WriteString(FingerprintKey, file.Fingerprint(i));
            writer.WriteEndObject();
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WritePropertyName("physicalLocation");
            writer.WriteStartObject();
            WriteArtifactLocation(writer, file.Document.Name);
            WriteRegion(writer, finding.Region, finding.Text);
            writer.WriteEndObject();
            if (finding.Place is { } place)
            {
                // Lines of a Word document are its paragraphs in reading order; the part and paragraph say where
                // a reader finds them in Word.
                writer.WritePropertyName("logicalLocations");
                writer.WriteStartArray();
                writer.WriteStartObject();
                writer.WriteString("name", $"paragraph {place.Paragraph}");
                writer.WriteString("fullyQualifiedName", $"{place.Part}/paragraph[{place.Paragraph}]");
                writer.WriteString("kind", "element");
                writer.WriteEndObject();
                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteEndArray();
            if (finding.Fix is { } fix)
            {
                WriteFix(writer, file.Document.Name, fix);
            }

            if (finding.Place is { } where)
            {
                writer.WritePropertyName("properties");
                writer.WriteStartObject();
                writer.WriteString("part", where.Part);
                writer.WriteNumber("paragraph", where.Paragraph);
                writer.WriteString("paragraphText", where.ParagraphText);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        sink.Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        var writer = sink.Writer;
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        sink.Finish();
    }

    /// <inheritdoc />
    public void Dispose() => sink.Dispose();

    /// <summary>The <c>uri</c> of a path as shown: relative paths percent-encoded per segment, absolute ones as file URIs.</summary>
    public static string ArtifactUri(string displayPath)
    {
        if (Path.IsPathRooted(displayPath))
        {
            return new Uri(displayPath).AbsoluteUri;
        }

        return string.Join("/", displayPath.Split('/').Select(Uri.EscapeDataString));
    }

    private static string FolderUri(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!full.EndsWith(Path.DirectorySeparatorChar))
        {
            full += Path.DirectorySeparatorChar;
        }

        return new Uri(full).AbsoluteUri;
    }

    private static void WriteTool(Utf8JsonWriter writer, CultureInfo culture, LintProfile profile)
    {
        writer.WritePropertyName("tool");
        writer.WriteStartObject();
        writer.WritePropertyName("driver");
        writer.WriteStartObject();
        writer.WriteString("name", "citaties");
        writer.WriteString("semanticVersion", ToolVersion.Current);
        writer.WriteString("informationUri", ProjectLinks.Home);
        writer.WritePropertyName("rules");
        writer.WriteStartArray();
        foreach (var descriptor in RuleCatalog.All)
        {
            writer.WriteStartObject();
            writer.WriteString("id", descriptor.Id);
            writer.WriteString("name", RuleName(descriptor));
            writer.WritePropertyName("shortDescription");
            writer.WriteStartObject();
            writer.WriteString("text", descriptor.Title.For(culture));
            writer.WriteEndObject();
            writer.WriteString("helpUri", descriptor.HelpLink);
            writer.WritePropertyName("defaultConfiguration");
            writer.WriteStartObject();
            var severity = descriptor.DefaultSeverities.For(profile);
            writer.WriteBoolean("enabled", severity != RuleSeverity.None);
            writer.WriteString("level", Level(severity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter writer, string path)
    {
        writer.WritePropertyName("artifactLocation");
        writer.WriteStartObject();
        writer.WriteString("uri", ArtifactUri(path));
        if (!Path.IsPathRooted(path))
        {
            writer.WriteString("uriBaseId", SourceRoot);
        }

        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, SourceRegion region, string? snippet, string name = "region")
    {
        writer.WritePropertyName(name);
        writer.WriteStartObject();
        writer.WriteNumber("startLine", region.StartLine);
        writer.WriteNumber("startColumn", region.StartColumn);
        writer.WriteNumber("endLine", region.EndLine);
        writer.WriteNumber("endColumn", region.EndColumn);
        writer.WriteNumber("charOffset", region.Start);
        writer.WriteNumber("charLength", region.Length);
        if (snippet is not null)
        {
            writer.WritePropertyName("snippet");
            writer.WriteStartObject();
            writer.WriteString("text", snippet);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter writer, string path, FixEdit fix)
    {
        writer.WritePropertyName("fixes");
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WritePropertyName("description");
        writer.WriteStartObject();
        writer.WriteString("text", "Replace with '" + fix.Replacement + "'");
        writer.WriteEndObject();
        writer.WritePropertyName("artifactChanges");
        writer.WriteStartArray();
        writer.WriteStartObject();
        WriteArtifactLocation(writer, path);
        writer.WritePropertyName("replacements");
        writer.WriteStartArray();
        writer.WriteStartObject();
        WriteRegion(writer, fix.Region, null, "deletedRegion");
        writer.WritePropertyName("insertedContent");
        writer.WriteStartObject();
        writer.WriteString("text", fix.Replacement);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
