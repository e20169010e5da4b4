using System;
using System.IO;
using System.Linq;
using Citaties.Documents;
using Citaties.OpenXml.Input;
using Citaties.Rules;

namespace Citaties.OpenXml;

/// <summary>
/// The citations of Word files in one call each: lint, and write a copy with the findings as comments, the fixes
/// as tracked changes, or the citations as links. The input file is never modified; every output goes through
/// <see cref="AtomicFile"/>. Bad files give a <see cref="DocxException"/> with the reason.
/// For documents of any format, use <see cref="DocumentReader"/> with <see cref="DocxFormat"/>.
/// </summary>
public static class DocxCitations
{
    /// <summary>Lints the document at <paramref name="path"/>.</summary>
    public static DocxLintResult Lint(string path, LintOptions? options = null) => Result(DocxDocument.Load(path), options);

    /// <summary>Lints the document in <paramref name="stream"/> (read from its start when it can seek; <paramref name="name"/> names it in errors).</summary>
    public static DocxLintResult Lint(Stream stream, string name, LintOptions? options = null) => Result(DocxDocument.Read(name, ReadAll(stream)), options);

    /// <summary>Writes a copy of <paramref name="inputPath"/> with one comment per finding, anchored on its exact range.</summary>
    /// <returns>The findings that were commented.</returns>
    public static DocxLintResult Annotate(string inputPath, string outputPath, LintOptions? options = null)
    {
        var document = DocxDocument.Load(inputPath);
        var (result, content) = document.Annotate(options);
        Write(outputPath, content, inputPath, inPlace: false);
        return Result(document, result);
    }

    /// <summary>
    /// Writes a copy of the document in <paramref name="input"/> to <paramref name="output"/>, with one comment
    /// per finding anchored on its exact range. The whole of <paramref name="input"/> is read (from its start
    /// when it can seek) and never written; <paramref name="name"/> names the document in errors.
    /// </summary>
    /// <returns>The findings that were commented.</returns>
    public static DocxLintResult Annotate(Stream input, Stream output, string name, LintOptions? options = null)
    {
        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        var document = DocxDocument.Read(name, ReadAll(input));
        var (result, content) = document.Annotate(options);
        output.Write(content, 0, content.Length);
        return Result(document, result);
    }

    /// <summary>
    /// Writes a copy of <paramref name="inputPath"/> with every fix applied, as tracked changes by author
    /// "Citaties" or directly. Accepting all revisions gives the text <see cref="CitationLinter.Fix"/> gives.
    /// </summary>
    /// <returns>The changes made and the ones that could not be placed (a change across paragraphs).</returns>
    public static DocxFixResult Fix(string inputPath, string outputPath, bool trackChanges, LintOptions? options = null, bool inPlace = false)
    {
        var result = DocxDocument.Load(inputPath).Fix(options, trackChanges);
        Write(outputPath, result.Content, inputPath, inPlace);
        return new DocxFixResult(result.Applied, result.Skipped);
    }

    /// <summary>Writes a copy of <paramref name="inputPath"/> in which every citation with an official link is a hyperlink.</summary>
    /// <returns>The number of links made.</returns>
    public static int Link(string inputPath, string outputPath)
    {
        var result = DocxDocument.Load(inputPath).Link();
        Write(outputPath, result.Content, inputPath, inPlace: false);
        return result.Linked;
    }

    private static DocxLintResult Result(DocxDocument document, LintOptions? options) => Result(document, document.Lint(options));

    private static DocxLintResult Result(DocxDocument document, DocumentLintResult result) => new(
        document.Docx,
        result.Citations,
        result.Findings
            .Select(f => document.Docx.ParagraphAt(f.Diagnostic.Span.Start) is { } paragraph ? new DocxDiagnostic(f.Diagnostic, paragraph) : null)
            .Where(d => d is not null)
            .Select(d => d!)
            .ToList());

    private static byte[] ReadAll(Stream input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (input.CanSeek)
        {
            input.Position = 0;
        }

        using var copy = new MemoryStream();
        input.CopyTo(copy);
        return copy.ToArray();
    }

    // The one writer's errors are reported as the Word errors callers of this class catch.
    private static void Write(string outputPath, byte[] content, string inputPath, bool inPlace)
    {
        try
        {
            AtomicFile.Write(outputPath, content, inputPath, inPlace);
        }
        catch (DocumentException exception) when (exception is not DocxException)
        {
            throw new DocxException(exception.Path, exception.Reason, exception.InnerException);
        }
    }
}
