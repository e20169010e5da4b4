using System.IO;
using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// One line per finding, <c>path:line:column: severity CITnnnn: message</c> (the form compilers use, which
/// editors and terminals turn into links), then <c>    fix: replacement</c> when there is one, and for a Word
/// document the part, paragraph and paragraph text for context.
/// </summary>
internal sealed class LintTextOutput : ILintOutput
{
    private readonly TextWriter output;
    private readonly AnsiStyle style;

    /// <summary>Writes to <paramref name="output"/>, coloured when <paramref name="colour"/>.</summary>
    public LintTextOutput(TextWriter output, bool colour)
    {
        this.output = output;
        style = new AnsiStyle(colour);
    }

    /// <inheritdoc />
    public void WriteFile(ReportedFile file)
    {
        foreach (var finding in file.Findings)
        {
            var d = finding.Diagnostic;
            output.Write(style.Location($"{file.Document.Name}:{finding.Region.StartLine}:{finding.Region.StartColumn}:"));
            output.Write(' ');
            output.Write(style.Severity(d.Severity, d.Severity.ToName()));
            output.Write(' ');
            output.Write(d.Id);
            output.Write(": ");
            output.Write(OneLine(d.Message));
            output.Write('\n');
            if (finding.Fix is { } fix)
            {
                output.Write("    fix: ");
                output.Write(style.Canonical(OneLine(fix.Replacement)));
                output.Write('\n');
            }

            if (finding.Place is { } place)
            {
                output.Write($"    in {place.Part}, paragraph {place.Paragraph}: ");
                output.Write(OneLine(place.ParagraphText));
                output.Write('\n');
            }
        }
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
    }

    // A message or paragraph with line breaks would break the one-finding-per-line form.
    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}
