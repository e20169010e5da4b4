using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Links for a Juriconnect reference: wetten.overheid.nl resolves it as a path; none when malformed.</summary>
internal static class JciLinks
{
    public static IReadOnlyList<string> For(JciCitation citation) =>
        citation.IsWellFormed ? new[] { OfficialSites.Wetten + EscapeForUrl(citation.Value) } : Array.Empty<string>();

    // Decoded values may hold characters a URL cannot carry as such ("o=1°", a space): percent-encode those
    // as UTF-8 and leave the Juriconnect punctuation (: & = .) as the site expects it.
    internal static string EscapeForUrl(string value)
    {
        var plain = true;
        foreach (var c in value)
        {
            if (!IsUrlSafe(c))
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return value;
        }

        // Encoding the whole string as UTF-8 keeps surrogate pairs together and turns a lone surrogate into
        // U+FFFD instead of throwing.
        var builder = new StringBuilder(value.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (b < 128 && IsUrlSafe(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool IsUrlSafe(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or ':' or '&' or '=' or '.' or '-' or '_' or '~';
}
