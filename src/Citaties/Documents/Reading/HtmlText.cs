using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace Citaties.Documents;

/// <summary>
/// The readable text of an HTML document: tags and comments removed, the content of script and style
/// dropped, character references decoded. Tags that break a line in a browser (p, br, li, td, headings, ...)
/// become a line break, so that words in adjacent blocks do not run together; inline tags (b, a, span, ...)
/// vanish, so that a citation split by markup stays whole.
/// </summary>
internal static class HtmlText
{
    // Longest named reference in HTML is "&CounterClockwiseContourIntegral;" (33 characters).
    private const int MaxReferenceLength = 40;

    private static readonly HashSet<string> BreakingTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead",
        "title", "tr", "ul",
    };

    /// <summary>The scannable text of <paramref name="html"/> with a map back to offsets in it.</summary>
    public static SourceText Extract(string html, SourceEncoding? encoding = null)
    {
        var text = new StringBuilder(html.Length);
        var starts = new List<int>(html.Length);
        var ends = new List<int>(html.Length);

        void Emit(char c, int sourceStart, int sourceEnd)
        {
            text.Append(c);
            starts.Add(sourceStart);
            ends.Add(sourceEnd);
        }

        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (c == '<' && StartsTag(html, i))
            {
                var close = TagEnd(html, i);
                if (close >= 0)
                {
                    var name = TagName(html, i, out var isEndTag);
                    var next = close + 1;
                    if (!isEndTag && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
                    {
                        next = SkipRawContent(html, next, name);
                    }
                    else if (BreakingTags.Contains(name))
                    {
                        Emit('\n', i, close + 1);
                    }

                    i = next;
                    continue;
                }
            }

            if (c == '&' && TryDecodeReference(html, i, out var decoded, out var length))
            {
                foreach (var d in decoded)
                {
                    Emit(d, i, i + length);
                }

                i += length;
                continue;
            }

            Emit(c, i, i + 1);
            i++;
        }

        return SourceText.Mapped(html, text.ToString(), starts.ToArray(), ends.ToArray(), encoding);
    }

    // "<" starts markup only before a letter, "/", "!" or "?"; "a < b" is text.
    private static bool StartsTag(string html, int i) =>
        i + 1 < html.Length && (IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!' or '?');

    // The closing '>' of the tag at i, skipping quoted attribute values; -1 when the tag never closes.
    private static int TagEnd(string html, int i)
    {
        char quote = '\0';
        for (var j = i + 1; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j;
            }
        }

        return -1;
    }

    private static string TagName(string html, int i, out bool isEndTag)
    {
        var j = i + 1;
        isEndTag = j < html.Length && html[j] == '/';
        if (isEndTag)
        {
            j++;
        }

        var start = j;
        while (j < html.Length && IsAsciiLetterOrDigit(html[j]))
        {
            j++;
        }

        return html.Substring(start, j - start);
    }

    // Past the end tag that closes a script or style element, or the end of the text when there is none.
    private static int SkipRawContent(string html, int from, string name)
    {
        var endTag = html.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (endTag < 0)
        {
            return html.Length;
        }

        var close = html.IndexOf('>', endTag);
        return close < 0 ? html.Length : close + 1;
    }

    // A character reference at i: "&name;", "&#123;" or "&#x1F;". Unknown names stay text.
    private static bool TryDecodeReference(string html, int i, out string decoded, out int length)
    {
        decoded = string.Empty;
        length = 0;
        var limit = Math.Min(html.Length, i + MaxReferenceLength);
        var j = i + 1;
        if (j < limit && html[j] == '#')
        {
            j++;
            var hex = j < limit && html[j] is 'x' or 'X';
            if (hex)
            {
                j++;
            }

            var digitsStart = j;
            while (j < limit && (hex ? IsAsciiHexDigit(html[j]) : IsAsciiDigit(html[j])))
            {
                j++;
            }

            if (j == digitsStart)
            {
                return false;
            }
        }
        else
        {
            var nameStart = j;
            while (j < limit && IsAsciiLetterOrDigit(html[j]))
            {
                j++;
            }

            if (j == nameStart)
            {
                return false;
            }
        }

        if (j >= limit || html[j] != ';')
        {
            return false;
        }

        var reference = html.Substring(i, j + 1 - i);
        var value = WebUtility.HtmlDecode(reference);
        if (value == reference)
        {
            return false;
        }

        decoded = value;
        length = reference.Length;
        return true;
    }

    // char.IsAscii* are not in netstandard2.0.
    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    private static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || c is (>= 'a' and <= 'f') or (>= 'A' and <= 'F');
}
