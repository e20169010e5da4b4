using System.IO;
using System.Text;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// GitHub Actions workflow commands, one per finding:
/// <c>::warning file=docs/a.md,line=3,col=7,endLine=3,endColumn=12,title=CIT2003::message</c>. The runner turns
/// them into annotations on the pull request's changed lines. Severity error, warning and info become
/// <c>::error</c>, <c>::warning</c> and <c>::notice</c>.
/// </summary>
internal sealed class GithubOutput : ILintOutput
{
    private readonly TextWriter output;

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public GithubOutput(TextWriter output)
    {
        this.output = output;
    }

    /// <summary>The command of a severity.</summary>
    public static string Command(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// A message as the runner reads it back (https://github.com/actions/toolkit, command.ts escapeData):
    /// <c>%</c>, carriage return and line feed percent-encoded, the percent sign first.
    /// </summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A property value (file, title): as <see cref="EscapeData"/>, and <c>:</c> and <c>,</c>, which end a property.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <inheritdoc />
    public void WriteFile(ReportedFile file)
    {
        var line = new StringBuilder();
        foreach (var finding in file.Findings)
        {
            var d = finding.Diagnostic;
            var region = finding.Region;
            line.Clear()
                .Append("::").Append(Command(d.Severity))
                .Append(" file=").Append(EscapeProperty(file.Document.Name))
                .Append(",line=").Append(region.StartLine)
                .Append(",col=").Append(region.StartColumn)
                .Append(",endLine=").Append(region.EndLine)
                .Append(",endColumn=").Append(region.EndColumn)
                .Append(",title=").Append(EscapeProperty(d.Id))
                .Append("::").Append(EscapeData(finding.Fix is { } fix ? $"{d.Message} (fix: {fix.Replacement})" : d.Message))
                .Append('\n');
            output.Write(line.ToString());
        }
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
