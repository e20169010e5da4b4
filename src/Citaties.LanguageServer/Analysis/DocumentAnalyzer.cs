using System.IO;
using Citaties.Documents;
using Citaties.LanguageServer.Documents;

namespace Citaties.LanguageServer.Analysis;

/// <summary>
/// Lints a snapshot through the library's document layer, reading it by its language: Markdown and HTML as such
/// (HTML without its markup), plain text and LaTeX as plain text. No rule is applied here; the library does that.
/// </summary>
internal static class DocumentAnalyzer
{
    /// <summary>
    /// The findings and citations of <paramref name="document"/>, linted as the next version of its text by
    /// <paramref name="linter"/>, which reads again only the paragraphs that changed; never throws on any text.
    /// </summary>
    public static DocumentAnalysis Analyze(OpenDocument document, IncrementalLinter linter)
    {
        var source = Read(document);
        return new DocumentAnalysis(document, source, linter.Options, source.LintIncrementally(linter));
    }

    /// <summary>The library's document for the snapshot; text that is not text (binary) is read as an empty document.</summary>
    public static SourceDocument Read(OpenDocument document)
    {
        var name = NameFor(document);
        try
        {
            return DocumentReader.Default.ReadString(name, document.Text);
        }
        catch (DocumentException)
        {
            return DocumentReader.Default.ReadString(name, string.Empty);
        }
    }

    // The reader chooses the syntax by the extension: the language id decides, the URI's own extension otherwise.
    private static string NameFor(OpenDocument document)
    {
        var extension = document.LanguageId switch
        {
            "markdown" => ".md",
            "html" => ".html",
            "plaintext" or "latex" or "tex" => ".txt",
            _ => Path.GetExtension(document.Uri) is { Length: > 0 } own && !own.Contains('/') ? own : ".txt",
        };
        return "document" + extension;
    }
}
