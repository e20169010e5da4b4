using System.Collections.Generic;
using System.Linq;
using Citaties.Cli.Inputs;
using Citaties.Cli.Output;
using Citaties.OpenXml;
using Citaties.OpenXml.Input;
using Citaties.Rules;

namespace Citaties.Cli.Linting;

/// <summary>
/// Lints one input: text files (.txt, .md, .html and standard input) through <see cref="CitationLinter"/>, Word
/// documents through <see cref="DocxLinter"/>, and locates every finding in the file's own text.
/// </summary>
internal sealed class DocumentLinter
{
    private readonly InputReader reader;

    /// <summary>Reads text inputs with <paramref name="reader"/>.</summary>
    public DocumentLinter(InputReader reader)
    {
        this.reader = reader;
    }

    /// <summary>
    /// The findings of <paramref name="input"/>, or null with <paramref name="problem"/> saying why it could not be
    /// linted. For a Word document, <paramref name="annotateTo"/> names a copy to write with a comment per finding.
    /// </summary>
    public LintedFile? Lint(ResolvedInput input, LintOptions options, string? annotateTo, out string? problem)
    {
        if (WordDocuments.Is(input))
        {
            return LintWord((FileInput)input, options, annotateTo, out problem);
        }

        var document = reader.Read(input, out problem);
        if (document is null)
        {
            problem = $"{input.DisplayPath}: {problem}";
            return null;
        }

        return LintText(document, options);
    }

    /// <summary>The findings of a text document that was read already.</summary>
    public static LintedFile LintText(LoadedDocument document, LintOptions options)
    {
        var text = document.Text;
        var result = CitationLinter.Lint(text.Scanned, options);
        var lines = new LineMap(text.Original);
        var findings = result.Diagnostics
            .Select(d => new LintFinding(
                d,
                SourceRegion.Of(text.ToOriginal(d.Span), lines),
                text.Scanned.Substring(d.Span.Start, d.Span.Length),
                d.Fix is { } fix ? new FixEdit(SourceRegion.Of(text.ToOriginal(fix.Span), lines), fix.Replacement) : null,
                null))
            .ToList();
        return new LintedFile(document.DisplayPath, findings);
    }

    private static LintedFile? LintWord(FileInput input, LintOptions options, string? annotateTo, out string? problem)
    {
        DocxLintResult result;
        try
        {
            result = annotateTo is null
                ? DocxLinter.Lint(input.FullPath, options)
                : DocxLinter.Annotate(input.FullPath, annotateTo, options);
        }
        catch (DocxException exception)
        {
            problem = Describe(exception, input);
            return null;
        }

        problem = null;
        var text = result.Text.Text;
        var lines = new LineMap(text, paragraphSeparatorEndsLine: true);
        var findings = new List<LintFinding>(result.Diagnostics.Count);
        foreach (var finding in result.Diagnostics)
        {
            var d = finding.Diagnostic;
            var paragraph = finding.Paragraph;
            findings.Add(new LintFinding(
                d,
                SourceRegion.Of(d.Span, lines),
                text.Substring(d.Span.Start, d.Span.Length),
                d.Fix is { } fix ? new FixEdit(SourceRegion.Of(fix.Span, lines), fix.Replacement) : null,
                new DocxPlace(paragraph.PartUri, paragraph.Index + 1, text.Substring(paragraph.Span.Start, paragraph.Span.Length))));
        }

        return new LintedFile(input.DisplayPath, findings);
    }

    /// <summary>A Word error for the user: named by the path as they gave it when it is about the input.</summary>
    public static string Describe(DocxException exception, FileInput input) =>
        System.IO.Path.GetFullPath(exception.Path) == input.FullPath
            ? $"{input.DisplayPath}: {exception.Reason}"
            : $"{exception.Path}: {exception.Reason}";
}
