using System;

namespace Citaties.Catalog;

/// <summary>
/// Turns a name as written into the key the catalog indexes it by. Writers vary spaces (also no-break
/// spaces from Word), dashes, dots, apostrophes and diacritics (<c>Financiele-verhoudingswet</c>,
/// <c>Vw2000</c>, <c>B.W.</c>), so the key drops spaces, dashes and dots and folds diacritics.
/// The case-preserving form keeps the capitals so a lookup can tell <c>AWB</c> from <c>Awb</c>.
/// </summary>
internal static class CatalogKey
{
    /// <summary>No catalog name comes near this length; longer text cannot match and is not normalised at all.</summary>
    internal const int MaxLength = 300;

    private const string AccentedLetters = "àáâãäåèéêëìíîïòóôõöùúûüçñýÿÀÁÂÃÄÅÈÉÊËÌÍÎÏÒÓÔÕÖÙÚÛÜÇÑÝ";
    private const string PlainLetters = "aaaaaaeeeeiiiiooooouuuucnyyAAAAAAEEEEIIIIOOOOOUUUUCNY";

    /// <summary>The case-insensitive key (lower case); empty when nothing is left to match.</summary>
    internal static string Fold(ReadOnlySpan<char> text) => Build(text, lowerCase: true);

    /// <summary>The same normalisation, keeping the capitals as written.</summary>
    internal static string Compact(ReadOnlySpan<char> text) => Build(text, lowerCase: false);

    /// <summary>Compares the case-preserving form of <paramref name="text"/> with an already compacted spelling, without allocating.</summary>
    internal static bool CompactEquals(ReadOnlySpan<char> text, string compactSpelling)
    {
        var position = 0;
        foreach (var raw in text)
        {
            var c = Normalise(raw);
            if (c == '\0')
            {
                continue;
            }

            if (position >= compactSpelling.Length || compactSpelling[position] != c)
            {
                return false;
            }

            position++;
        }

        return position == compactSpelling.Length;
    }

    /// <summary>
    /// A 64-bit hash (FNV-1a) of the case-insensitive key of <paramref name="text"/>, computed without building the
    /// key: the register of BWB titles indexes eighteen thousand titles by it and must not allocate a key for each.
    /// Unlike <see cref="Fold"/> it takes text of any length (long titles run to 400 characters).
    /// </summary>
    internal static ulong FoldedHash(ReadOnlySpan<char> text)
    {
        const ulong Offset = 14695981039346656037UL;
        const ulong Prime = 1099511628211UL;
        var hash = Offset;
        foreach (var raw in text)
        {
            var c = Normalise(raw);
            if (c != '\0')
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
            }
        }

        return hash;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> have the same case-insensitive key, whatever their length; allocates nothing.</summary>
    internal static bool FoldedEquals(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = 0;
        var j = 0;
        while (true)
        {
            var x = NextKept(a, ref i);
            var y = NextKept(b, ref j);
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }
    }

    // The next character of text that goes into the case-insensitive key, lower-cased; '\0' at the end.
    private static char NextKept(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length)
        {
            var c = Normalise(text[position++]);
            if (c != '\0')
            {
                return char.ToLowerInvariant(c);
            }
        }

        return '\0';
    }

    private static string Build(ReadOnlySpan<char> text, bool lowerCase)
    {
        if (text.Length > MaxLength)
        {
            return string.Empty;
        }

        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        foreach (var raw in text)
        {
            var c = Normalise(raw);
            if (c != '\0')
            {
                buffer[length++] = lowerCase ? char.ToLowerInvariant(c) : c;
            }
        }

        return length == 0 ? string.Empty : buffer.Slice(0, length).ToString();
    }

    /// <summary>The character as it goes into a key, or <c>'\0'</c> for a character the key drops.</summary>
    private static char Normalise(char c)
    {
        if (c < 0x80)
        {
            return c is ' ' or '\t' or '\r' or '\n' or '-' or '.' ? '\0' : c;
        }

        if (char.IsWhiteSpace(c))
        {
            return '\0';
        }

        switch (c)
        {
            case '\u00AD': // soft hyphen
            case '\u200B': // zero-width space
            case '\u2010':
            case '\u2011':
            case '\u2012':
            case '\u2013':
            case '\u2014':
            case '\u2015':
            case '\u2212':
                return '\0';
            case '\u2018':
            case '\u2019':
            case '\u00B4':
                return '\'';
        }

        var accented = AccentedLetters.IndexOf(c);
        return accented >= 0 ? PlainLetters[accented] : c;
    }
}
