using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// Reads the words of comments: a run of <c>//</c> lines as one text (a citation may go on over the next line),
/// a <c>/* */</c> comment, and the text of an XML documentation comment with its entities decoded and its markup,
/// attribute values and code left out.
/// </summary>
internal static class Comments
{
    private static readonly HashSet<string> CodeElements = new() { "c", "code" };

    /// <summary>
    /// Every comment text of <paramref name="root"/> that holds a word a citation can start with, in source order;
    /// the others are not built at all. Comments are found from the slashes of <paramref name="text"/>: walking
    /// every trivia of a tree (mostly white space) cost more than the rest of the analysis.
    /// </summary>
    public static IEnumerable<CodeText> Read(SyntaxNode root, string text)
    {
        var run = new List<SyntaxTrivia>();
        var runMayCite = false;
        var checkedUntil = 0;
        for (var slash = text.IndexOf('/'); slash >= 0 && slash + 1 < text.Length; slash = text.IndexOf('/', slash + 1))
        {
            if (text[slash + 1] is not ('/' or '*'))
            {
                continue;
            }

            if (text[slash + 1] == '/' && slash >= checkedUntil)
            {
                // Finding the trivia costs more than checking its text: the lines from here that start with //
                // hold every line comment, run of them and documentation comment that starts on them, so when they
                // hold no citation word they are passed over, up to a /* that may start a comment beyond them.
                var end = LineCommentsEnd(text, slash);
                if (!MayCite(text, slash, end))
                {
                    var block = text.IndexOf("/*", slash + 2, end - slash - 2, System.StringComparison.Ordinal);
                    slash = (block >= 0 ? block : end) - 1;
                    continue;
                }

                checkedUntil = end;
            }

            var trivia = root.FindTrivia(slash);
            if (!trivia.FullSpan.Contains(slash))
            {
                continue;
            }

            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                    if (run.Count > 0 && !OnlyOneLineBreakBetween(text, run[run.Count - 1].Span.End, trivia.SpanStart))
                    {
                        if (runMayCite)
                        {
                            yield return LineRun(run);
                        }

                        run.Clear();
                        runMayCite = false;
                    }

                    run.Add(trivia);
                    runMayCite |= CitationFinder.MayContainCitation(text, trivia.SpanStart, trivia.Span.Length);
                    break;

                case SyntaxKind.MultiLineCommentTrivia:
                    if (CitationFinder.MayContainCitation(text, trivia.SpanStart, trivia.Span.Length))
                    {
                        var block = trivia.ToString();
                        var builder = new CodeTextBuilder();
                        builder.BeginPart(Escapers.Comment(block: true));
                        var end = block.EndsWith("*/", System.StringComparison.Ordinal) && block.Length >= 4 ? block.Length - 2 : block.Length;
                        builder.AppendVerbatim(block, 2, end, trivia.SpanStart + 2);
                        yield return builder.Build(TextRole.Comment);
                    }

                    break;

                case SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
                    when MayCite(text, trivia.FullSpan.Start, trivia.FullSpan.End)
                         && trivia.GetStructure() is DocumentationCommentTriviaSyntax documentation:
                    // The structure is asked for only when the written text may cite: building it costs more than
                    // the check.
                    var doc = new CodeTextBuilder();
                    doc.BeginPart(Escapers.Xml());
                    AppendContent(doc, documentation.Content);
                    var read = doc.Build(TextRole.Documentation);
                    if (CitationFinder.MayContainCitation(read.Value))
                    {
                        yield return read;
                    }

                    break;
            }

            // Nothing inside a comment starts another one.
            slash = System.Math.Max(slash, trivia.FullSpan.End - 1);
        }

        if (run.Count > 0 && runMayCite)
        {
            yield return LineRun(run);
        }
    }

    // True when the written text from start to end holds a citation word, or a character reference (ECLI&#58;) that
    // may hide one in a documentation comment: then the text as read decides.
    private static bool MayCite(string text, int start, int end) =>
        CitationFinder.MayContainCitation(text, start, end - start)
        || text.IndexOf("&#", start, end - start, System.StringComparison.Ordinal) >= 0;

    // The end of the line of position, and of each following line whose first characters after white space are //,
    // with the line break of the last one.
    private static int LineCommentsEnd(string text, int position)
    {
        while (true)
        {
            var lineBreak = text.IndexOf('\n', position);
            if (lineBreak < 0)
            {
                return text.Length;
            }

            var next = lineBreak + 1;
            while (next < text.Length && text[next] is ' ' or '\t' or '\r')
            {
                next++;
            }

            if (next + 1 >= text.Length || text[next] != '/' || text[next + 1] != '/')
            {
                return lineBreak + 1;
            }

            position = next;
        }
    }

    // Consecutive // lines as one text, a line break between them that the source writes as "\n" and "//".
    private static CodeText LineRun(List<SyntaxTrivia> lines)
    {
        var builder = new CodeTextBuilder();
        builder.BeginPart(Escapers.Comment(block: false));
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                builder.AppendSeparator('\n', lines[i - 1].Span.End);
            }

            var text = lines[i].ToString();
            builder.AppendVerbatim(text, 2, text.Length, lines[i].SpanStart + 2);
        }

        return builder.Build(TextRole.Comment);
    }

    private static bool OnlyOneLineBreakBetween(string text, int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                breaks++;
            }
            else if (c is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return breaks == 1;
    }

    private static void AppendContent(CodeTextBuilder builder, SyntaxList<XmlNodeSyntax> content)
    {
        foreach (var node in content)
        {
            switch (node)
            {
                case XmlTextSyntax text:
                    AppendTokens(builder, text.TextTokens);
                    break;
                case XmlCDataSectionSyntax data:
                    AppendTokens(builder, data.TextTokens);
                    break;
                case XmlElementSyntax element:
                    builder.AppendSeparator('\n', element.SpanStart);
                    if (!CodeElements.Contains(element.StartTag.Name.LocalName.ValueText))
                    {
                        AppendContent(builder, element.Content);
                    }

                    builder.AppendSeparator('\n', element.EndTag.SpanStart);
                    break;
                default:
                    // An empty element (<see cref="..."/>), a processing instruction or an XML comment: a boundary.
                    builder.AppendSeparator('\n', node.SpanStart);
                    break;
            }
        }
    }

    private static void AppendTokens(CodeTextBuilder builder, SyntaxTokenList tokens)
    {
        foreach (var token in tokens)
        {
            if (token.IsKind(SyntaxKind.XmlTextLiteralNewLineToken))
            {
                // The line break is kept; the /// of the next line is not part of the text.
                builder.Append('\n', token.SpanStart, token.Span.End);
            }
            else if (token.IsKind(SyntaxKind.XmlEntityLiteralToken))
            {
                foreach (var c in token.ValueText)
                {
                    builder.Append(c, token.SpanStart, token.Span.End);
                }
            }
            else
            {
                builder.AppendVerbatim(token.Text, 0, token.Text.Length, token.SpanStart);
            }
        }
    }
}
