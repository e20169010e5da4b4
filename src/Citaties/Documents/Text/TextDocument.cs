using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;

namespace Citaties.Documents;

/// <summary>
/// A text file: plain text, Markdown or HTML. Fixes and links are found in the scanned text and made in the file's
/// own text through the map; a change whose text is not there as such (markup or a character reference inside it)
/// is skipped rather than guessed at. The file is written back in the encoding it was read in.
/// </summary>
internal sealed class TextDocument : SourceDocument
{
    internal TextDocument(string name, SourceText text, TextSyntax syntax)
        : base(name, text)
    {
        Syntax = syntax;
    }

    /// <summary>How links are written in this file.</summary>
    public TextSyntax Syntax { get; }

    /// <summary>The text with <paramref name="changes"/> (spans in the scanned text) made in the source, and which were made.</summary>
    internal (string Text, List<TextChange> Applied, List<TextChange> Skipped) Apply(IEnumerable<TextChange> changes)
    {
        var source = Text.Source;
        var applied = new List<TextChange>();
        var skipped = new List<TextChange>();
        foreach (var change in changes)
        {
            var span = Text.ToSource(change.Span);
            var there = span.Length == change.OriginalText.Length && span.End <= source.Length
                && string.CompareOrdinal(source, span.Start, change.OriginalText, 0, span.Length) == 0;
            (there ? applied : skipped).Add(change with { Span = span });
        }

        var result = new StringBuilder(source);
        foreach (var change in applied.OrderByDescending(c => c.Span.Start))
        {
            result.Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText);
        }

        return (result.ToString(), applied, skipped);
    }

    /// <inheritdoc />
    protected override DocumentFixResult WriteFixes(FixResult fixes, bool trackChanges)
    {
        var (text, applied, skipped) = Apply(fixes.Changes);
        return new DocumentFixResult(Encode(text), applied, skipped, "markup inside the text to replace");
    }

    /// <inheritdoc />
    protected override DocumentLinkResult WriteLinks(IReadOnlyList<Citation> citations)
    {
        // A citation that is a link already stays as it is, so linking a linked file changes nothing.
        var links = citations
            .Where(c => !IsLinked(Text.ToSource(c.Span)))
            .Select(c => new TextChange(c.Span, c.Text, LinkText(c.Text, c.Links[0]), new List<string>()))
            .ToList();
        var (text, applied, _) = Apply(links);
        return new DocumentLinkResult(Encode(text), applied.Count);
    }

    private string LinkText(string text, string url) => Syntax switch
    {
        TextSyntax.Markdown => "[" + text.Replace("[", "\\[").Replace("]", "\\]") + "](" + url + ")",
        TextSyntax.Html => "<a href=\"" + url.Replace("&", "&amp;").Replace("\"", "&quot;") + "\">" + text + "</a>",
        _ => text + " <" + url + ">",
    };

    private bool IsLinked(TextSpan span)
    {
        var source = Text.Source;
        if (InsideUrl(source, span.Start))
        {
            return true;
        }

        switch (Syntax)
        {
            case TextSyntax.Markdown:
                return span.Start > 0 && source[span.Start - 1] == '['
                    && string.CompareOrdinal(source, span.End, "](", 0, 2) == 0;
            case TextSyntax.Html:
                // Inside an element <a ...> that has not been closed before the citation.
                var open = source.LastIndexOf("<a ", span.Start, StringComparison.OrdinalIgnoreCase);
                return open >= 0 && source.IndexOf("</a>", open, span.Start - open, StringComparison.OrdinalIgnoreCase) < 0;
            default:
                return string.CompareOrdinal(source, span.End, " <http", 0, 6) == 0;
        }
    }

    // An official id in a URL (".../stb-2019-12.html") is part of that link, not a citation to link.
    private static bool InsideUrl(string source, int start)
    {
        var tokenStart = start;
        while (tokenStart > 0 && !char.IsWhiteSpace(source[tokenStart - 1]) && source[tokenStart - 1] is not '<' and not '(' and not '"')
        {
            tokenStart--;
        }

        return string.CompareOrdinal(source, tokenStart, "http", 0, 4) == 0 && tokenStart < start;
    }

    private byte[] Encode(string text)
    {
        var encoding = Text.Encoding ?? SourceEncoding.Utf8;
        return encoding.TryEncode(text, out var reason) ?? throw new DocumentException(Name, "cannot be written back: " + reason);
    }
}
