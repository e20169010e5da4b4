using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.OpenXml.Editing;
using Citaties.OpenXml.Input;
using Citaties.OpenXml.Reading;
using Citaties.Rules;
using DocumentFormat.OpenXml.Packaging;

namespace Citaties.OpenXml;

/// <summary>
/// Lints Word documents, and writes copies with the findings as comments, the fixes as tracked changes, or
/// the citations as links. The input file is never modified; every output goes through a temporary file.
/// Bad files give a <see cref="DocxException"/> with the reason.
/// </summary>
public static class DocxLinter
{
    /// <summary>Lints the document at <paramref name="path"/>.</summary>
    public static DocxLintResult Lint(string path, LintOptions? options = null)
    {
        using var stream = DocxFile.Load(path);
        return Lint(stream, path, options);
    }

    /// <summary>Lints the document in <paramref name="stream"/> (a seekable stream; <paramref name="name"/> names it in errors).</summary>
    public static DocxLintResult Lint(Stream stream, string name, LintOptions? options = null)
    {
        DocxPackageCheck.Verify(stream, name);
        using var document = DocxFile.Open(stream, name, editable: false);
        return LintOpen(document, name, options);
    }

    /// <summary>Writes a copy of <paramref name="inputPath"/> with one comment per finding, anchored on its exact range.</summary>
    /// <returns>The findings that were commented.</returns>
    public static DocxLintResult Annotate(string inputPath, string outputPath, LintOptions? options = null)
    {
        DocxLintResult? result = null;
        Edit(inputPath, outputPath, (document, text) => result = AnnotateOpen(document, text, options));
        return result!;
    }

    /// <summary>
    /// Writes a copy of the document in <paramref name="input"/> to <paramref name="output"/>, with one comment
    /// per finding anchored on its exact range. The whole of <paramref name="input"/> is read (from its start
    /// when it can seek) and never written; <paramref name="name"/> names the document in errors.
    /// </summary>
    /// <returns>The findings that were commented.</returns>
    public static DocxLintResult Annotate(Stream input, Stream output, string name, LintOptions? options = null)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (output is null)
        {
            throw new ArgumentNullException(nameof(output));
        }

        using var working = new MemoryStream();
        if (input.CanSeek)
        {
            input.Position = 0;
        }

        input.CopyTo(working);
        DocxPackageCheck.Verify(working, name);
        DocxLintResult result;
        using (var document = DocxFile.Open(working, name, editable: true))
        {
            result = AnnotateOpen(document, Read(document, name), options);
            document.Save();
        }

        working.Position = 0;
        working.CopyTo(output);
        return result;
    }

    /// <summary>
    /// Writes a copy of <paramref name="inputPath"/> with every fix applied, as tracked changes by author
    /// "Citaties" or directly. Accepting all revisions gives the text <see cref="CitationLinter.Fix"/> gives.
    /// </summary>
    /// <returns>The changes made and the ones that could not be placed (a change across paragraphs).</returns>
    public static DocxFixResult Fix(string inputPath, string outputPath, bool trackChanges, LintOptions? options = null, bool inPlace = false)
    {
        DocxFixResult? result = null;
        Edit(inputPath, outputPath, (document, text) =>
        {
            var fixes = CitationLinter.Fix(text.Text, options);
            var editor = new DocxEditor(document, text);
            foreach (var change in fixes.Changes)
            {
                editor.Replace(change.Span, change.NewText, trackChanges);
            }

            editor.Apply();
            var skipped = fixes.Changes.Where(c => editor.Skipped.Contains(c.Span)).ToList();
            result = new DocxFixResult(fixes.Changes.Except(skipped).ToList(), skipped);
        }, inPlace);
        return result!;
    }

    /// <summary>Writes a copy of <paramref name="inputPath"/> in which every citation with an official link is a hyperlink.</summary>
    /// <returns>The number of links made.</returns>
    public static int Link(string inputPath, string outputPath)
    {
        var linked = 0;
        Edit(inputPath, outputPath, (document, text) =>
        {
            var editor = new DocxEditor(document, text);
            var candidates = CitationParser.Extract(text.Text).Where(c => c.Links.Count > 0).ToList();
            foreach (var citation in candidates)
            {
                editor.Link(citation.Span, new Uri(citation.Links[0]));
            }

            editor.Apply();
            linked = candidates.Count - editor.Skipped.Count;
        });
        return linked;
    }

    private static DocxLintResult AnnotateOpen(WordprocessingDocument document, DocxText text, LintOptions? options)
    {
        var result = LintOpen(text, options);
        var editor = new DocxEditor(document, text);
        foreach (var finding in result.Diagnostics)
        {
            editor.Comment(finding.Diagnostic.Span, CommentText(finding.Diagnostic, options));
        }

        editor.Apply();
        return result;
    }

    private static DocxLintResult LintOpen(WordprocessingDocument document, string name, LintOptions? options) =>
        LintOpen(Read(document, name), options);

    private static DocxLintResult LintOpen(DocxText text, LintOptions? options)
    {
        var lint = CitationLinter.Lint(text.Text, options);
        var diagnostics = lint.Diagnostics
            .Select(d => text.ParagraphAt(d.Span.Start) is { } paragraph ? new DocxDiagnostic(d, paragraph) : null)
            .Where(d => d is not null)
            .Select(d => d!)
            .ToList();
        return new DocxLintResult(text, lint.Citations, diagnostics);
    }

    private static DocxText Read(WordprocessingDocument document, string name)
    {
        try
        {
            return DocxTextReader.Read(document);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or IOException or InvalidOperationException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new DocxException(name, "a part of the document is damaged: " + e.Message, e);
        }
    }

    private static void Edit(string inputPath, string outputPath, Action<WordprocessingDocument, DocxText> edit, bool inPlace = false)
    {
        using var stream = DocxFile.Load(inputPath);
        using (var document = DocxFile.Open(stream, inputPath, editable: true))
        {
            edit(document, Read(document, inputPath));
            document.Save();
        }

        SafeFileWriter.Write(outputPath, inputPath, inPlace, output =>
        {
            stream.Position = 0;
            stream.CopyTo(output);
        });
    }

    private static string CommentText(Diagnostic diagnostic, LintOptions? options)
    {
        var english = (options ?? LintOptions.Default).Culture.TwoLetterISOLanguageName == "en";
        var text = $"{diagnostic.Id} ({diagnostic.Severity.ToName()}): {diagnostic.Message}";
        return diagnostic.Fix is { } fix
            ? text + "\n" + (english ? "Suggested: " : "Voorstel: ") + fix.Replacement
            : text;
    }
}
