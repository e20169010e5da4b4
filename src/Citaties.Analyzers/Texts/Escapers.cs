using System;
using System.Text;

namespace Citaties.Analyzers.Texts;

/// <summary>
/// How new text is written into each kind of source the readers read: the inverse of their decoding. Each returns
/// null for text that kind cannot hold on one line (a code fix is then not offered; the finding still is).
/// </summary>
internal static class Escapers
{
    /// <summary>A regular string, <c>"..."</c> or <c>"..."u8</c>; with <paramref name="braces"/> inside <c>$"..."</c>.</summary>
    public static Func<string, string?> Regular(bool braces) => text =>
    {
        var written = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': written.Append("\\\\"); break;
                case '"': written.Append("\\\""); break;
                case '\n': written.Append("\\n"); break;
                case '\r': written.Append("\\r"); break;
                case '\t': written.Append("\\t"); break;
                case '{' or '}' when braces: written.Append(c).Append(c); break;
                default:
                    if (char.IsControl(c))
                    {
                        written.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        written.Append(c);
                    }

                    break;
            }
        }

        return written.ToString();
    };

    /// <summary>A verbatim string, <c>@"..."</c>; with <paramref name="braces"/> inside <c>$@"..."</c>.</summary>
    public static Func<string, string?> Verbatim(bool braces) => text =>
    {
        var written = text.Replace("\"", "\"\"");
        return braces ? written.Replace("{", "{{").Replace("}", "}}") : written;
    };

    /// <summary>
    /// A raw string with <paramref name="quotes"/> quotes around it and, when interpolated, <paramref name="dollars"/>
    /// dollar signs before it: text is written as it is, unless it holds as many quotes (or braces) in a row.
    /// </summary>
    public static Func<string, string?> Raw(int quotes, int dollars) => text =>
        HasRun(text, '"', quotes) || (dollars > 0 && (HasRun(text, '{', dollars) || HasRun(text, '}', dollars))) || HasLineBreak(text)
            ? null
            : text;

    /// <summary>A <c>//</c> comment line, or a <c>/* */</c> comment when <paramref name="block"/>.</summary>
    public static Func<string, string?> Comment(bool block) => text =>
        HasLineBreak(text) || (block && text.IndexOf("*/", StringComparison.Ordinal) >= 0) ? null : text;

    /// <summary>The text of an XML documentation comment: markup characters as entities.</summary>
    public static Func<string, string?> Xml() => text =>
        HasLineBreak(text) ? null : text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static bool HasLineBreak(string text) => text.IndexOf('\n') >= 0 || text.IndexOf('\r') >= 0;

    private static bool HasRun(string text, char c, int length)
    {
        var run = 0;
        foreach (var d in text)
        {
            run = d == c ? run + 1 : 0;
            if (run >= length)
            {
                return true;
            }
        }

        return false;
    }
}
