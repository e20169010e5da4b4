using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// Reads the words of comments: a run of <c>//</c> lines as one text (a citation may go on over the next line),
/// a <c>/* */</c> comment, and the text of an XML documentation comment with its entities decoded and its markup,
/// attribute values and code left out.
/// </summary>
internal static class Comments
{
    private static readonly HashSet<string> CodeElements = new() { "c", "code" };

    /// <summary>Every comment text of <paramref name="root"/>, in source order.</summary>
    public static IEnumerable<CodeText> Read(SyntaxNode root, SourceText source)
    {
        CodeTextBuilder? lines = null;
        var lastLineEnd = -1;
        foreach (var trivia in root.DescendantTrivia())
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineCommentTrivia:
                    if (lines is not null && !OnlyOneLineBreakBetween(source, lastLineEnd, trivia.SpanStart))
                    {
                        yield return lines.Build(TextRole.Comment);
                        lines = null;
                    }

                    if (lines is null)
                    {
                        lines = new CodeTextBuilder();
                        lines.BeginPart(Escapers.Comment(block: false));
                    }
                    else
                    {
                        lines.AppendSeparator('\n', lastLineEnd);
                    }

                    var text = trivia.ToString();
                    lines.AppendVerbatim(text, 2, text.Length, trivia.SpanStart + 2);
                    lastLineEnd = trivia.Span.End;
                    break;

                case SyntaxKind.MultiLineCommentTrivia:
                    var block = trivia.ToString();
                    var builder = new CodeTextBuilder();
                    builder.BeginPart(Escapers.Comment(block: true));
                    var end = block.EndsWith("*/", System.StringComparison.Ordinal) && block.Length >= 4 ? block.Length - 2 : block.Length;
                    builder.AppendVerbatim(block, 2, end, trivia.SpanStart + 2);
                    yield return builder.Build(TextRole.Comment);
                    break;

                case SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia
                    when trivia.GetStructure() is DocumentationCommentTriviaSyntax documentation:
                    var doc = new CodeTextBuilder();
                    doc.BeginPart(Escapers.Xml());
                    AppendContent(doc, documentation.Content);
                    yield return doc.Build(TextRole.Documentation);
                    break;
            }
        }

        if (lines is not null)
        {
            yield return lines.Build(TextRole.Comment);
        }
    }

    private static bool OnlyOneLineBreakBetween(SourceText source, int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            var c = source[i];
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
