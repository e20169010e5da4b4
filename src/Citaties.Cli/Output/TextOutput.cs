using System.Collections.Generic;
using System.IO;
using System.Text;
using Citaties.Documents;
using Citaties.Model;

namespace Citaties.Cli.Output;

/// <summary>
/// One line per citation, <c>path:line:column  kind  text  -&gt;  canonical</c>, the location in the form
/// editors and terminals turn into a link.
/// </summary>
internal sealed class TextOutput : IExtractOutput
{
    private readonly TextWriter output;
    private readonly AnsiStyle style;

    /// <summary>Writes to <paramref name="output"/>, coloured when <paramref name="colour"/>.</summary>
    public TextOutput(TextWriter output, bool colour)
    {
        this.output = output;
        style = new AnsiStyle(colour);
    }

    /// <inheritdoc />
    public void WriteFile(SourceDocument document, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return;
        }

        var lines = document.Text.Lines;
        foreach (var citation in citations)
        {
            var (line, column) = lines.Locate(citation.Span.Start);
            output.Write(style.Location($"{document.Name}:{line}:{column}"));
            output.Write("  ");
            output.Write(style.Kind(citation.Kind.ToJsonName()));
            output.Write("  ");
            output.Write(OneLine(citation.Text));
            output.Write("  ->  ");
            output.Write(style.Canonical(OneLine(citation.Canonical)));
            output.Write('\n');
        }
    }

    /// <inheritdoc />
    public void Complete() => output.Flush();

    /// <inheritdoc />
    public void Dispose()
    {
    }

    // A citation broken over lines in the source is shown on one line: each run of white space as one space.
    private static string OneLine(string text)
    {
        var result = new StringBuilder(text.Length);
        var inSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!inSpace)
                {
                    result.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                result.Append(c);
                inSpace = false;
            }
        }

        return result.ToString();
    }
}
