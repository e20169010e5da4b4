using System.IO;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// The machine interface of DESIGN.md: <c>{ "files": [ { "path", "diagnostics": [ { "id", "severity", "message",
/// "start", "length", "line", "column", "text", "fix" } ] } ] }</c>; for a Word document each diagnostic also has
/// <c>part</c> and <c>paragraph</c> (counted from 1), and its offsets are in the document's extracted text.
/// </summary>
internal sealed class LintJsonOutput : ILintOutput
{
    private readonly JsonSink sink;

    /// <summary>Starts the document on <paramref name="output"/>.</summary>
    public LintJsonOutput(TextWriter output)
    {
        sink = new JsonSink(output);
        sink.OpenFiles();
    }

    /// <inheritdoc />
    public void WriteFile(ReportedFile file)
    {
        var writer = sink.Writer;
        writer.WriteStartObject();
        writer.WriteString("path", file.Document.Name);
        writer.WritePropertyName("diagnostics");
        writer.WriteStartArray();
        foreach (var finding in file.Findings)
        {
            var d = finding.Diagnostic;
            writer.WriteStartObject();
            writer.WriteString("id", d.Id);
            writer.WriteString("severity", d.Severity.ToName());
            writer.WriteString("message", d.Message);
            writer.WriteNumber("start", finding.Region.Start);
            writer.WriteNumber("length", finding.Region.Length);
            writer.WriteNumber("line", finding.Region.StartLine);
            writer.WriteNumber("column", finding.Region.StartColumn);
            writer.WriteString("text", finding.Text);
            if (finding.Fix is { } fix)
            {
                writer.WriteString("fix", fix.Replacement);
            }
            else
            {
                writer.WriteNull("fix");
            }

            if (finding.Place is { } place)
            {
                writer.WriteString("part", place.Part);
                writer.WriteNumber("paragraph", place.Paragraph);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        sink.Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        sink.CloseFiles();
    }

    /// <inheritdoc />
    public void Dispose() => sink.Dispose();
}
