using System.IO;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// The GitLab Code Quality report (https://docs.gitlab.com/ci/testing/code_quality/, "Code Quality report format"):
/// a JSON array with one issue per finding, <c>description</c>, <c>check_name</c>, <c>fingerprint</c>,
/// <c>severity</c> and <c>location.path</c> with <c>location.lines.begin</c>. GitLab shows them in the merge request
/// and compares reports by fingerprint, so the fingerprint is the finding's identity, not its line.
/// </summary>
internal sealed class GitlabOutput : ILintOutput
{
    private readonly JsonSink sink;

    /// <summary>Starts the array on <paramref name="output"/>.</summary>
    public GitlabOutput(TextWriter output)
    {
        sink = new JsonSink(output);
        sink.Writer.WriteStartArray();
    }

    /// <summary>GitLab's severity of a finding: <c>major</c> for an error, <c>minor</c> for a warning, <c>info</c> otherwise.</summary>
    public static string Severity(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "major",
        RuleSeverity.Warning => "minor",
        _ => "info",
    };

    /// <inheritdoc />
    public void WriteFile(ReportedFile file)
    {
        var writer = sink.Writer;
        for (var i = 0; i < file.Findings.Count; i++)
        {
            var finding = file.Findings[i];
            writer.WriteStartObject();
            writer.WriteString("description", finding.Diagnostic.Message);
            writer.WriteString("check_name", finding.Diagnostic.Id);
            writer.WriteString("fingerprint", file.Fingerprint(i));
            writer.WriteString("severity", Severity(finding.Diagnostic.Severity));
            writer.WritePropertyName("location");
            writer.WriteStartObject();
            writer.WriteString("path", file.Document.Name);
            writer.WritePropertyName("lines");
            writer.WriteStartObject();
            writer.WriteNumber("begin", finding.Region.StartLine);
            writer.WriteNumber("end", finding.Region.EndLine);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        sink.Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        sink.Writer.WriteEndArray();
        sink.Finish();
    }

    /// <inheritdoc />
    public void Dispose() => sink.Dispose();
}
