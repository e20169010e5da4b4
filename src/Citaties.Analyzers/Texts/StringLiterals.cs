using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// Reads string literals and interpolated strings the way the compiler does, keeping for each character of the
/// value the source characters that wrote it. Every part read is compared with the compiler's own value: a
/// literal this reader would get wrong is not checked at all rather than reported in the wrong place.
/// </summary>
internal static class StringLiterals
{
    /// <summary>Appends the value of a literal token (<c>"..."</c>, <c>@"..."</c>, raw, <c>u8</c>); false when it cannot be read.</summary>
    public static bool Append(CodeTextBuilder builder, SyntaxToken token)
    {
        var text = token.Text;
        var at = token.SpanStart;
        var start = builder.Length;
        var end = text.Length;
        if (token.IsKind(SyntaxKind.Utf8StringLiteralToken) || token.IsKind(SyntaxKind.Utf8SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.Utf8MultiLineRawStringLiteralToken))
        {
            end -= 2;
        }

        bool read;
        switch (token.Kind())
        {
            case SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken when text.StartsWith("@", StringComparison.Ordinal):
                builder.BeginPart(Escapers.Verbatim(braces: false));
                read = end >= 3 && AppendVerbatim(builder, text, 2, end - 1, at, braces: false);
                break;
            case SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken:
                builder.BeginPart(Escapers.Regular(braces: false));
                read = end >= 2 && AppendRegular(builder, text, 1, end - 1, at, braces: false);
                break;
            case SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken:
            {
                var quotes = Run(text, 0, '"');
                builder.BeginPart(Escapers.Raw(quotes, 0));
                read = end - quotes >= quotes;
                if (read)
                {
                    builder.AppendVerbatim(text, quotes, end - quotes, at + quotes);
                }

                break;
            }

            case SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken:
            {
                var quotes = Run(text, 0, '"');
                builder.BeginPart(Escapers.Raw(quotes, 0));
                read = AppendMultiLineRaw(builder, text.Substring(0, end), quotes, at);
                break;
            }

            default:
                return false;
        }

        return read && builder.ValueSince(start) == token.ValueText;
    }

    /// <summary>Appends the text parts of an interpolated string, each hole a separator; false when it cannot be read.</summary>
    public static bool Append(CodeTextBuilder builder, InterpolatedStringExpressionSyntax interpolated)
    {
        var startToken = interpolated.StringStartToken;
        var opener = startToken.Text;
        var dollars = Run(opener, opener.StartsWith("@", StringComparison.Ordinal) ? 1 : 0, '$');
        var quotes = Run(opener, opener.IndexOf('"'), '"');
        var kind = startToken.Kind();
        var indentation = kind == SyntaxKind.InterpolatedMultiLineRawStringStartToken ? ClosingIndentation(interpolated) : null;
        builder.BeginPart(kind switch
        {
            SyntaxKind.InterpolatedVerbatimStringStartToken => Escapers.Verbatim(braces: true),
            SyntaxKind.InterpolatedSingleLineRawStringStartToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken => Escapers.Raw(quotes, dollars),
            _ => Escapers.Regular(braces: true),
        });

        foreach (var content in interpolated.Contents)
        {
            if (content is InterpolationSyntax hole)
            {
                builder.AppendSeparator('\uFFFC', hole.SpanStart);
                continue;
            }

            var token = ((InterpolatedStringTextSyntax)content).TextToken;
            var start = builder.Length;
            var text = token.Text;
            var read = kind switch
            {
                SyntaxKind.InterpolatedVerbatimStringStartToken => AppendVerbatim(builder, text, 0, text.Length, token.SpanStart, braces: true),
                SyntaxKind.InterpolatedSingleLineRawStringStartToken => AppendAsWritten(builder, text, token.SpanStart),
                SyntaxKind.InterpolatedMultiLineRawStringStartToken => indentation is not null && AppendIndented(builder, token, indentation),
                _ => AppendRegular(builder, text, 0, text.Length, token.SpanStart, braces: true),
            };
            if (!read || builder.ValueSince(start) != ValueOf(token, kind))
            {
                return false;
            }
        }

        return true;
    }

    // The compiler keeps the doubled braces of a non-raw interpolated string in the token's value; the string
    // the program sees has one.
    private static string ValueOf(SyntaxToken token, SyntaxKind kind) =>
        kind is SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedVerbatimStringStartToken
            ? token.ValueText.Replace("{{", "{").Replace("}}", "}")
            : token.ValueText;

    private static bool AppendAsWritten(CodeTextBuilder builder, string text, int at)
    {
        builder.AppendVerbatim(text, 0, text.Length, at);
        return true;
    }

    private static bool AppendRegular(CodeTextBuilder builder, string text, int from, int to, int at, bool braces)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (braces && (c == '{' || c == '}') && i + 1 < to && text[i + 1] == c)
            {
                builder.Append(c, at + i, at + i + 2);
                i += 2;
                continue;
            }

            if (c != '\\')
            {
                builder.Append(c, at + i, at + i + 1);
                i++;
                continue;
            }

            if (i + 1 >= to)
            {
                return false;
            }

            var length = 2;
            char? simple = text[i + 1] switch
            {
                '\'' => '\'',
                '"' => '"',
                '\\' => '\\',
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                'e' => '\u001b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'v' => '\v',
                _ => null,
            };
            if (simple is { } value)
            {
                builder.Append(value, at + i, at + i + length);
            }
            else if (text[i + 1] is 'u' or 'x' or 'U')
            {
                var maxDigits = text[i + 1] == 'U' ? 8 : 4;
                var digits = 0;
                while (digits < maxDigits && i + 2 + digits < to && Uri.IsHexDigit(text[i + 2 + digits]))
                {
                    digits++;
                }

                if (digits == 0 || (text[i + 1] != 'x' && digits != maxDigits))
                {
                    return false;
                }

                length = 2 + digits;
                var code = int.Parse(text.Substring(i + 2, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (code > 0x10FFFF)
                {
                    return false;
                }

                foreach (var unit in char.ConvertFromUtf32(code))
                {
                    builder.Append(unit, at + i, at + i + length);
                }
            }
            else
            {
                return false;
            }

            i += length;
        }

        return true;
    }

    private static bool AppendVerbatim(CodeTextBuilder builder, string text, int from, int to, int at, bool braces)
    {
        var i = from;
        while (i < to)
        {
            var c = text[i];
            var doubled = (c == '"' || (braces && (c == '{' || c == '}'))) && i + 1 < to && text[i + 1] == c;
            builder.Append(c, at + i, at + i + (doubled ? 2 : 1));
            i += doubled ? 2 : 1;
        }

        return true;
    }

    // """ on its own line, then the lines, then the closing """ whose indentation every line loses.
    private static bool AppendMultiLineRaw(CodeTextBuilder builder, string text, int quotes, int at)
    {
        var firstBreak = text.IndexOf('\n', quotes);
        var closing = text.Length - quotes;
        var lastBreak = text.LastIndexOf('\n', closing - 1);
        if (firstBreak < 0 || lastBreak <= firstBreak)
        {
            return lastBreak == firstBreak && firstBreak > 0;
        }

        var indentation = text.Substring(lastBreak + 1, closing - lastBreak - 1);
        var contentEnd = lastBreak > 0 && text[lastBreak - 1] == '\r' ? lastBreak - 1 : lastBreak;
        return AppendLines(builder, text, firstBreak + 1, contentEnd, at, indentation, atLineStart: true);
    }

    // A text part of a multi-line raw interpolated string: the same indentation rule, applied at each line start
    // inside the part.
    private static bool AppendIndented(CodeTextBuilder builder, SyntaxToken token, string indentation)
    {
        var source = token.SyntaxTree!.GetText();
        var start = token.SpanStart;
        var atLineStart = start > 0 && source[start - 1] == '\n';
        var text = token.Text;
        var end = text.Length;

        // The line break before the closing quotes belongs to the delimiter, not to the value.
        if (token.GetNextToken().IsKind(SyntaxKind.InterpolatedRawStringEndToken) && text.EndsWith("\n", StringComparison.Ordinal))
        {
            end = text.EndsWith("\r\n", StringComparison.Ordinal) ? end - 2 : end - 1;
        }

        return AppendLines(builder, text, 0, end, start, indentation, atLineStart);
    }

    private static bool AppendLines(CodeTextBuilder builder, string text, int from, int to, int at, string indentation, bool atLineStart)
    {
        var i = from;
        while (i < to)
        {
            if (atLineStart)
            {
                var lineEnd = text.IndexOf('\n', i);
                lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
                var skip = 0;
                while (skip < indentation.Length && i + skip < lineEnd && text[i + skip] == indentation[skip])
                {
                    skip++;
                }

                if (skip < indentation.Length && !IsBlank(text, i + skip, lineEnd))
                {
                    return false;
                }

                i += skip;
                atLineStart = false;
                continue;
            }

            var c = text[i];
            builder.Append(c, at + i, at + i + 1);
            atLineStart = c == '\n';
            i++;
        }

        return true;
    }

    private static string? ClosingIndentation(InterpolatedStringExpressionSyntax interpolated)
    {
        var source = interpolated.SyntaxTree.GetText();
        var end = interpolated.StringEndToken;
        var quotesStart = end.Span.End - Run(end.Text, 0, '"', fromEnd: true);
        var lineStart = quotesStart;
        while (lineStart > 0 && source[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }

        return lineStart > 0 && source[lineStart - 1] == '\n' ? source.ToString(new Microsoft.CodeAnalysis.Text.TextSpan(lineStart, quotesStart - lineStart)) : null;
    }

    private static bool IsBlank(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return true;
    }

    private static int Run(string text, int from, char c, bool fromEnd = false)
    {
        var count = 0;
        if (fromEnd)
        {
            for (var i = text.Length - 1; i >= 0 && text[i] == c; i--)
            {
                count++;
            }

            return count;
        }

        for (var i = Math.Max(from, 0); i < text.Length && text[i] == c; i++)
        {
            count++;
        }

        return count;
    }
}
