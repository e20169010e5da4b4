using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Documents;

/// <summary>
/// A document as every front end sees it: a name, the text the scanner reads with the map back to the source,
/// and what can be written from it. Text files come from <see cref="DocumentReader"/>; other formats (Word)
/// derive from this class and are registered with the reader as a <see cref="SourceFormat"/>.
/// </summary>
public abstract class SourceDocument
{
    /// <summary>Creates a document named <paramref name="name"/> (as shown to the user) with <paramref name="text"/>.</summary>
    protected SourceDocument(string name, SourceText text)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Text = text ?? throw new ArgumentNullException(nameof(text));
    }

    /// <summary>The document's name as shown to the user (a path as given, or <c>-</c>).</summary>
    public string Name { get; }

    /// <summary>The scanned text and the map back to the document's own text.</summary>
    public SourceText Text { get; }

    /// <summary>True when <see cref="Annotate"/> can write the findings into the document itself (Word comments).</summary>
    public virtual bool CanAnnotate => false;

    /// <summary>True when <see cref="Fix"/> can write the fixes as tracked changes (Word revisions).</summary>
    public virtual bool CanTrackChanges => false;

    /// <summary>Every citation, with spans in offsets of the document's own text (<see cref="SourceText.Source"/>).</summary>
    public IReadOnlyList<Citation> Extract(ExtractOptions? options = null)
    {
        var citations = CitationFinder.Extract(Text.Text, options);
        return Text.IsIdentity ? citations : citations.Select(c => c with { Span = Text.ToSource(c.Span) }).ToList();
    }

    /// <summary>Lints the document: every finding located in its own text.</summary>
    public DocumentLintResult Lint(LintOptions? options = null) => Locate(CitationLinter.Lint(Text.Text, options));

    /// <summary>
    /// Lints the document as the next version of the text <paramref name="linter"/> has linted before (an editor's
    /// buffer read through the document layer), with the linter's options: the findings <see cref="Lint(LintOptions)"/>
    /// gives, for the cost of the paragraphs that changed.
    /// </summary>
    public DocumentLintResult LintIncrementally(IncrementalLinter linter) =>
        Locate((linter ?? throw new ArgumentNullException(nameof(linter))).Lint(Text.Text));

    /// <summary>
    /// Applies every fix the rules offer and returns the document's new bytes, with the changes made (in offsets of
    /// the document's own text) and those that could not be made. <paramref name="trackChanges"/> asks a format
    /// that has revisions (Word) to write the fixes as tracked changes.
    /// </summary>
    public DocumentFixResult Fix(LintOptions? options = null, bool trackChanges = true) =>
        WriteFixes(CitationLinter.Fix(Text.Text, options), trackChanges);

    /// <summary>The document's bytes with every citation that has an official link turned into a link, and how many were.</summary>
    public DocumentLinkResult Link(ExtractOptions? options = null) =>
        WriteLinks(CitationFinder.Extract(Text.Text, options).Where(c => c.Links.Count > 0).ToList());

    /// <summary>
    /// Lints the document and returns its bytes with a comment at every finding. Only formats with comments can;
    /// see <see cref="CanAnnotate"/>.
    /// </summary>
    public (DocumentLintResult Result, byte[] Content) Annotate(LintOptions? options = null)
    {
        if (!CanAnnotate)
        {
            throw new NotSupportedException($"{Name}: this kind of document cannot hold comments.");
        }

        var result = Lint(options);
        return (result, WriteAnnotations(result, options ?? LintOptions.Default));
    }

    /// <summary>Where in the document a span of the scanned text stands, for formats with parts and paragraphs; null otherwise.</summary>
    public virtual DocumentPlace? PlaceOf(TextSpan span) => null;

    /// <summary>Writes the changes of <paramref name="fixes"/>, whose spans are offsets of the scanned text.</summary>
    protected abstract DocumentFixResult WriteFixes(FixResult fixes, bool trackChanges);

    /// <summary>Writes a link at each of <paramref name="citations"/>, whose spans are offsets of the scanned text.</summary>
    protected abstract DocumentLinkResult WriteLinks(IReadOnlyList<Citation> citations);

    /// <summary>Writes a comment at each finding of <paramref name="result"/>.</summary>
    protected virtual byte[] WriteAnnotations(DocumentLintResult result, LintOptions options) =>
        throw new NotSupportedException($"{Name}: this kind of document cannot hold comments.");

    private DocumentLintResult Locate(LintResult lint)
    {
        var findings = lint.Diagnostics
            .Select(d => new LintFinding(
                d,
                Text.Locate(d.Span),
                Text.Text.Substring(d.Span.Start, d.Span.Length),
                d.Fix is { } fix ? new FixEdit(Text.Locate(fix.Span), fix.Replacement) : null,
                PlaceOf(d.Span)))
            .ToList();
        return new DocumentLintResult(this, lint.Citations, findings);
    }
}
