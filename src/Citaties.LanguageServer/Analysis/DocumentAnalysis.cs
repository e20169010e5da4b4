using System.Collections.Generic;
using System.Linq;
using Citaties.Documents;
using Citaties.LanguageServer.Documents;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.LanguageServer.Analysis;

/// <summary>
/// What the library found in one version of a document: the document as the library reads it (for HTML the text
/// without markup, mapped back), the options it was linted with, the findings located in the document's own text,
/// and the citations. Every feature answers from one of these, so they agree with each other and with the CLI.
/// </summary>
internal sealed class DocumentAnalysis
{
    private readonly object gate = new();
    private IReadOnlyList<Citation>? citations;
    private DocumentFixResult? fixes;
    private bool fixesMade;

    public DocumentAnalysis(OpenDocument document, SourceDocument source, LintOptions options, DocumentLintResult result)
    {
        Document = document;
        Source = source;
        Options = options;
        Result = result;
    }

    /// <summary>The snapshot that was linted.</summary>
    public OpenDocument Document { get; }

    /// <summary>The library's document: the scanned text and the map back to <see cref="OpenDocument.Text"/>.</summary>
    public SourceDocument Source { get; }

    /// <summary>The options the document was linted with.</summary>
    public LintOptions Options { get; }

    /// <summary>Every finding, located in the document's own text.</summary>
    public DocumentLintResult Result { get; }

    /// <summary>
    /// Every fix the library makes in the document (rounds of fixes until none is left, through the map back to the
    /// source), made once per version on first use: an editor asks for code actions at every move of the cursor.
    /// Null when the document cannot be written back.
    /// </summary>
    public DocumentFixResult? Fixes
    {
        get
        {
            lock (gate)
            {
                if (!fixesMade)
                {
                    try
                    {
                        fixes = Source.Fix(Options);
                    }
                    catch (DocumentException)
                    {
                        fixes = null;
                    }

                    fixesMade = true;
                }

                return fixes;
            }
        }
    }

    /// <summary>Every citation, with its span mapped to the document's own text.</summary>
    public IReadOnlyList<Citation> Citations => citations ??= Source.Text.IsIdentity
        ? Result.Citations
        : Result.Citations.Select(c => c with { Span = Source.Text.ToSource(c.Span) }).ToList();
}
