using System;
using System.Text;
using System.Text.RegularExpressions;

namespace Citaties.Catalog.Bwb;

/// <summary>How article numbers and the vervallen marks of both BWB formats are read.</summary>
internal static class ArticleRules
{
    /// <summary>Bodies longer than this are real text, never a bare "Vervallen." mark.</summary>
    public const int MaxMarkLength = 120;

    // The body of a repealed article is only the editor's mark: "Vervallen.", "[Vervallen]",
    // "Vervallen per 01-01-2013.", "vervallen;". A body that merely mentions "vervallen" (Sr 77) is not one.
    private static readonly Regex RepealedBody = new(
        @"^\[?\s*vervallen(\s+(per|m\.?\s*i\.?\s*v\.?|met ingang van)\b[^\]]*)?\s*[.;]?\s*\]?\s*\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A heading that says the article itself is gone ("[Vervallen per 01-01-2013]"), as opposed to a heading
    // about repealing something else ("Vervallen hoofdstuk 6" in the Woo), which must not match.
    private static readonly Regex RepealedHeading = new(
        @"^\[?\s*vervallen(\s+(per|met ingang van)\b[^\]]*)?\s*\]?\s*\.?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ArticleWord = new(
        @"^(artikel|art\.?)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// The label as the law numbers it, from the text of <c>&lt;nr&gt;</c> (or the toestand <c>label</c>
    /// attribute, "Artikel 1.1"): whitespace collapsed, a leading "Artikel" and a trailing full stop dropped.
    /// Null when nothing is left.
    /// </summary>
    public static string? NormalizeLabel(string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var text = CollapseWhitespace(raw);
        text = ArticleWord.Replace(text, string.Empty);
        text = text.TrimEnd('.', ' ');
        return text.Length == 0 ? null : text;
    }

    /// <summary>True when an article's status attribute, body or heading marks it repealed.</summary>
    public static bool IsRepealed(string? status, string body, bool bodyTruncated, string? heading)
    {
        if (string.Equals(status, "vervallen", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!bodyTruncated && RepealedBody.IsMatch(CollapseWhitespace(body)))
        {
            return true;
        }

        return heading is not null && RepealedHeading.IsMatch(CollapseWhitespace(heading));
    }

    /// <summary>Every run of whitespace (including no-break spaces) becomes one space; the ends are trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
