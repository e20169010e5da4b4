namespace Citaties.Kinds;

/// <summary>
/// The tokens of <see cref="Lexical"/> as plain functions over the window text, for the hand-written fast paths.
/// Each returns the index after what it read, or -1 when it does not match; none allocates.
/// </summary>
internal static class FastLexical
{
    /// <summary>No match.</summary>
    public const int Fail = -1;

    /// <summary>The index after the spaces at <paramref name="p"/> (zero or more).</summary>
    public static int Spaces(string s, int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary>One or more spaces, as <see cref="Lexical.Space"/>.</summary>
    public static int Space(string s, int p)
    {
        var end = Spaces(s, p);
        return end > p ? end : Fail;
    }

    /// <summary><paramref name="text"/> case-insensitively, as <see cref="Lexical.Literal(string)"/>.</summary>
    public static int Literal(string s, int p, string text) =>
        p >= 0 && Lexical.MatchedLength(s, p, text) == text.Length ? p + text.Length : Fail;

    /// <summary><paramref name="word"/> not followed by a letter, as <see cref="Lexical.Word(string)"/>.</summary>
    public static int Word(string s, int p, string word)
    {
        var end = Literal(s, p, word);
        return end >= 0 && (end >= s.Length || !char.IsLetter(s[end])) ? end : Fail;
    }

    /// <summary>A comma with optional spaces around it, as <see cref="Lexical.Comma"/>.</summary>
    public static int Comma(string s, int p)
    {
        var at = Spaces(s, p);
        return at < s.Length && s[at] == ',' ? Spaces(s, at + 1) : Fail;
    }

    /// <summary>A comma, or else spaces, as <see cref="Lexical.CommaOrSpace"/>.</summary>
    public static int CommaOrSpace(string s, int p)
    {
        var end = Comma(s, p);
        return end >= 0 ? end : Space(s, p);
    }

    /// <summary>A run of ASCII digits, as <see cref="Lexical.Digits"/>.</summary>
    public static int Digits(string s, int p)
    {
        var end = p;
        while (end < s.Length && s[end] is >= '0' and <= '9')
        {
            end++;
        }

        return end > p ? end : Fail;
    }

    /// <summary>The word before the last item of a list with its spaces, as <see cref="Lexical.ListJoin"/>.</summary>
    public static int ListJoin(string s, int p)
    {
        var at = Space(s, p);
        var word = at >= 0 ? ListWord(s, at) : Fail;
        return word >= 0 ? Space(s, word) : Fail;
    }

    /// <summary>The word itself: <c>en</c>, <c>of</c>, <c>onderscheidenlijk</c>, <c>respectievelijk</c> or <c>dan wel</c>.</summary>
    public static int ListWord(string s, int p)
    {
        var word = Word(s, p, "en");
        word = word >= 0 ? word : Word(s, p, "of");
        word = word >= 0 ? word : Word(s, p, "onderscheidenlijk");
        word = word >= 0 ? word : Word(s, p, "respectievelijk");
        if (word < 0)
        {
            var dan = Word(s, p, "dan");
            var space = dan >= 0 ? Space(s, dan) : Fail;
            word = space >= 0 ? Word(s, space, "wel") : Fail;
        }

        return word;
    }

    /// <summary>True when <paramref name="p"/> is the end or a character that is not a letter or digit (Sprache's <c>Not(LetterOrDigit)</c>).</summary>
    public static bool NoLetterOrDigitAt(string s, int p) => p >= s.Length || !char.IsLetterOrDigit(s[p]);

    /// <summary>True when <paramref name="p"/> is the end or a character that is not a letter (Sprache's <c>Not(Letter)</c>).</summary>
    public static bool NoLetterAt(string s, int p) => p >= s.Length || !char.IsLetter(s[p]);
}
