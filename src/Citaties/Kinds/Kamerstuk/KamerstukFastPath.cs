using System;
using System.Collections.Generic;
using System.Globalization;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The common labelled Kamerstuk citations read by hand, without <see cref="KamerstukGrammar"/>: an optional
/// <c>bijlage bij</c>, a label (<c>Kamerstukken</c>, <c>Kamerstuk</c>, <c>Kamerbrief</c>, <c>TK</c>), an optional
/// chamber and vergaderjaar, one dossier (<c>35 300</c>, <c>36 200 VI</c>, <c>36100-3</c>), and optionally
/// <c>nr. 5</c>, <c>nrs. 5 en 6</c> or an Eerste Kamer letter (<c>, C</c>), a document type (<c>(MvT)</c>) and pages
/// (<c>, p. 7</c>). Each step is the grammar's token written out, with its values and the forms it records (missing
/// comma, label as written); the record comes from the grammar's own builders. Declines on everything else: lists of
/// dossiers, semicolon groups, hyphenated suffixes other than digits (<c>35 300-VI</c>) and ids with two hyphens, a
/// bracketed rijkswet, a vergaderjaar followed by a dash, and a body without a dossier.
/// </summary>
internal static class KamerstukFastPath
{
    private const int Fail = FastLexical.Fail;

    // Not a failure of the grammar's step but a form this reader leaves to the grammar.
    private const int Decline = -2;

    // The grammar's label words, longest first as its AnyWord tries them.
    private static readonly string[] Labels = { "Kamerstukken", "Kamerbrief", "Kamerstuk" };

    private static readonly string[] NumberWords = { "nummers", "nummer", "nrs", "nr" };


    /// <summary>A <see cref="FastPath"/> for the labelled Kamerstuk family.</summary>
    public static bool TryRead(string window, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = Array.Empty<Citation>();
        end = 0;
        var i = ReadAppendixPrefix(window, out var appendix);
        i = ReadLabel(window, i, out var label);
        i = i >= 0 ? FastLexical.CommaOrSpace(window, i) : Fail;
        if (i < 0)
        {
            return false;
        }

        (ChamberToken Chamber, bool Comma)? chamber = null;
        var chamberEnd = ChamberYearReader.ReadChamber(window, i, out var chamberToken);
        if (chamberEnd >= 0)
        {
            var comma = FastLexical.Comma(window, chamberEnd);
            chamber = (chamberToken, comma >= 0);
            i = comma >= 0 ? comma : FastLexical.Spaces(window, chamberEnd);
        }

        (SessionYearToken Year, bool Separated)? year = null;
        var yearEnd = ChamberYearReader.ReadSessionYear(window, i, out var yearToken);
        if (yearEnd >= 0)
        {
            var comma = FastLexical.Comma(window, yearEnd);
            var spaced = FastLexical.Spaces(window, yearEnd);
            if (comma >= 0)
            {
                year = (yearToken, true);
                i = comma;
            }
            else if (spaced < window.Length && window[spaced] == '-')
            {
                // The old form Zitting 1958-1959-5380, or a second vergaderjaar.
                return false;
            }
            else if (spaced > yearEnd)
            {
                year = (yearToken, false);
                i = spaced;
            }
        }

        var dossierEnd = ReadDossier(window, i, out var dossier);
        if (dossierEnd < 0 || MayListAnotherDossier(window, dossierEnd))
        {
            return false;
        }

        // A hyphen id names its number (36100-3): only numbers may follow, as in the grammar. This reader never
        // takes a glued letter, so a carried ondernummer here is a number.
        var letters = KamerstukGrammar.CarriedOndernummer(dossier) is null;
        var bodyEnd = ReadPiecesAfterDossier(window, dossierEnd, letters, out var pieces);
        if (bodyEnd < 0 || KamerstukGrammar.Build(appendix, label, chamber, year, new[] { dossier }, pieces) is not { } citation)
        {
            return false;
        }

        citations = new Citation[] { citation };
        end = bodyEnd;
        return true;
    }

    /// <summary>The grammar's <c>bijlage bij</c> before the label, its words as written joined by one space; 0 when absent.</summary>
    private static int ReadAppendixPrefix(string s, out string? appendix)
    {
        appendix = null;
        var bijlage = FastLexical.Word(s, 0, "bijlage");
        var bijStart = bijlage >= 0 ? FastLexical.Space(s, bijlage) : Fail;
        var bij = bijStart >= 0 ? FastLexical.Word(s, bijStart, "bij") : Fail;
        var end = bij >= 0 ? FastLexical.Space(s, bij) : Fail;
        if (end < 0)
        {
            return 0;
        }

        appendix = s.Substring(0, bijlage) + " " + s.Substring(bijStart, bij - bijStart);
        return end;
    }

    private static int ReadLabel(string s, int p, out string label)
    {
        foreach (var word in Labels)
        {
            var end = FastLexical.Word(s, p, word);
            if (end >= 0)
            {
                label = s.Substring(p, word.Length);
                return end;
            }
        }

        label = "TK";
        return p + 2 <= s.Length && string.CompareOrdinal(s, p, "TK", 0, 2) == 0 && FastLexical.NoLetterOrDigitAt(s, p + 2) ? p + 2 : Fail;
    }

    /// <summary>
    /// A dossier without a hyphen: its number and at most a Roman budget chapter after a space (<c>36 200 VI</c>).
    /// <see cref="Decline"/> for any other form.
    /// </summary>
    private static int ReadDossier(string s, int p, out DossierToken dossier)
    {
        dossier = default;
        var numberEnd = ReadDossierNumber(s, p, out var digits, out var written);
        if (numberEnd < 0)
        {
            return Decline;
        }

        if (numberEnd < s.Length && s[numberEnd] == '-')
        {
            return ReadNumericHyphenSuffix(s, numberEnd, digits, written, out dossier);
        }

        if (numberEnd < s.Length && (s[numberEnd] is 'I' or 'V' or 'X' || (s[numberEnd] == '.' && numberEnd + 1 < s.Length && s[numberEnd + 1] is 'I' or 'V' or 'X')))
        {
            // A budget chapter glued on or after a dot (32 123IV, 32123.IV): the grammar's.
            return Decline;
        }

        string? suffix = null;
        var end = numberEnd;
        var at = FastLexical.Spaces(s, numberEnd);
        if (at > numberEnd)
        {
            if (IsBracketedRijkswet(s, at))
            {
                return Decline;
            }

            var romanEnd = ReadRomanSuffix(s, at);
            if (romanEnd >= 0)
            {
                if (romanEnd < s.Length && s[romanEnd] == '-')
                {
                    // An ondernummer glued on with a hyphen (36 200 VI-12).
                    return Decline;
                }

                suffix = s.Substring(at, romanEnd - at);
                end = romanEnd;
            }
        }

        dossier = new DossierToken(new Dossier(digits, suffix, suffix is null ? written : written + " " + suffix), false, null);
        return end;
    }

    /// <summary>
    /// A hyphen and digits after a dossier number (<c>36100-3</c>, <c>21 501-07</c>): the grammar's hyphen suffix when
    /// a digit follows the hyphen, as its other forms all start with a bracket or capital. <see cref="KamerstukGrammar.Build"/>
    /// decides whether it is an ondernummer. <see cref="Decline"/> when another hyphen follows (<c>21501-02-1855</c>).
    /// </summary>
    private static int ReadNumericHyphenSuffix(string s, int hyphen, string digits, string written, out DossierToken dossier)
    {
        dossier = default;
        var start = hyphen + 1;
        var end = start;
        while (end < s.Length && end - start < 5 && char.IsDigit(s[end]))
        {
            end++;
        }

        if (end == start || !FastLexical.NoLetterOrDigitAt(s, end) || (end < s.Length && s[end] == '-'))
        {
            return Decline;
        }

        var segment = s.Substring(start, end - start);
        dossier = new DossierToken(new Dossier(digits, segment, written + "-" + segment), true, null);
        return end;
    }

    /// <summary>The grammar's dossier number: <c>28 638</c>, <c>28.638</c> or <c>28-638</c> (grouped), else up to five digits.</summary>
    private static int ReadDossierNumber(string s, int p, out string digits, out string written)
    {
        digits = written = string.Empty;
        var head = p;
        while (head < s.Length && head - p < 2 && char.IsDigit(s[head]))
        {
            head++;
        }

        if (head == p)
        {
            return Fail;
        }

        var tail = head >= s.Length ? Fail
            : s[head] == ' ' ? FastLexical.Spaces(s, head)
            : s[head] == '.' || (s[head] == '-' && head - p == 2) ? head + 1
            : Fail;
        if (tail >= 0 && AsciiDigitsExactly(s, tail, 3))
        {
            var headText = s.Substring(p, head - p);
            var tailText = s.Substring(tail, 3);
            digits = headText + tailText;
            written = headText + (s[head] == ' ' ? " " : s[head].ToString()) + tailText;
            return tail + 3;
        }

        var end = p;
        while (end < s.Length && end - p < 5 && char.IsDigit(s[end]))
        {
            end++;
        }

        if (end < s.Length && char.IsDigit(s[end]))
        {
            return Fail;
        }

        // Four digits and '/' or '-' and a digit are a vergaderjaar, which the grammar never takes as a dossier.
        if (end - p == 4 && end + 1 < s.Length && s[end] is '/' or '-' && char.IsDigit(s[end + 1]))
        {
            return Fail;
        }

        digits = written = s.Substring(p, end - p);
        return end;
    }

    private static bool IsBracketedRijkswet(string s, int p)
    {
        if (p + 1 >= s.Length || s[p] != '(' || s[p + 1] != 'R')
        {
            return false;
        }

        var end = FastLexical.Spaces(s, p + 2);
        while (end < s.Length && char.IsDigit(s[end]))
        {
            end++;
        }

        return end > p + 2 && char.IsDigit(s[end - 1]) && end < s.Length && s[end] == ')';
    }

    /// <summary>A Roman numeral with an optional capital, not followed by a letter or digit (<c>VI</c>, <c>IIA</c>).</summary>
    private static int ReadRomanSuffix(string s, int p)
    {
        var end = p;
        while (end < s.Length && s[end] is 'I' or 'V' or 'X' or 'L' or 'C')
        {
            end++;
        }

        if (end == p)
        {
            return Fail;
        }

        if (end < s.Length && s[end] is >= 'A' and <= 'Z')
        {
            end++;
        }

        return FastLexical.NoLetterOrDigitAt(s, end) ? end : Fail;
    }

    /// <summary>True when a list separator and a digit follow, so the grammar may read a second dossier.</summary>
    private static bool MayListAnotherDossier(string s, int p)
    {
        var comma = FastLexical.Comma(s, p);
        var space = FastLexical.Space(s, p);
        var en = space >= 0 ? FastLexical.Word(s, space, "en") : Fail;
        var afterEn = en >= 0 ? FastLexical.Space(s, en) : Fail;
        var slash = FastLexical.Spaces(s, p);
        var afterSlash = slash < s.Length && s[slash] == '/' ? FastLexical.Spaces(s, slash + 1) : Fail;
        return UnicodeDigitAt(s, comma) || UnicodeDigitAt(s, afterEn) || UnicodeDigitAt(s, afterSlash);
    }

    /// <summary>
    /// The grammar's pieces after a dossier: after a comma or spaces a labelled group, or after a comma an Eerste
    /// Kamer letter (only when <paramref name="letters"/>); <paramref name="p"/> itself with null pieces when neither follows.
    /// </summary>
    private static int ReadPiecesAfterDossier(string s, int p, bool letters, out PiecesToken? pieces)
    {
        pieces = null;
        var comma = FastLexical.Comma(s, p);
        var separated = comma >= 0 ? comma : FastLexical.Space(s, p);
        if (separated < 0)
        {
            return p;
        }

        var labelEnd = ReadNumberLabel(s, separated, out var label);
        labelEnd = labelEnd >= 0 ? labelEnd : ReadLetterLabel(s, separated, out label);
        if (labelEnd >= 0)
        {
            var groupEnd = ReadGroup(s, labelEnd, label, letters, out var group);
            if (groupEnd < 0 || SemicolonGroupFollows(s, groupEnd))
            {
                return Decline;
            }

            pieces = group with { MissingComma = comma < 0 };
            return groupEnd;
        }

        if (letters && comma >= 0)
        {
            var letterEnd = ReadLetterPieces(s, separated, out var letter);
            if (letterEnd >= 0)
            {
                pieces = letter;
                return letterEnd;
            }
        }

        return p;
    }

    private static int ReadNumberLabel(string s, int p, out NumberLabelToken label)
    {
        label = default;
        foreach (var word in NumberWords)
        {
            var end = FastLexical.Literal(s, p, word);
            if (end < 0)
            {
                continue;
            }

            var text = s.Substring(p, word.Length);
            var dot = end < s.Length && s[end] == '.';
            end += dot ? 1 : 0;
            if (!FastLexical.NoLetterAt(s, end))
            {
                return Fail;
            }

            var spacesEnd = FastLexical.Spaces(s, end);
            label = new NumberLabelToken(dot ? text + "." : text, char.ToLowerInvariant(text[text.Length - 1]) == 's', true, spacesEnd > end);
            return spacesEnd;
        }

        return Fail;
    }

    private static int ReadLetterLabel(string s, int p, out NumberLabelToken label)
    {
        var word = FastLexical.Word(s, p, "letter");
        var end = word >= 0 ? FastLexical.Space(s, word) : Fail;
        label = end >= 0 ? new NumberLabelToken(s.Substring(p, "letter".Length), false, false, true) : default;
        return end;
    }

    /// <summary>
    /// True when a further group follows after a semicolon or <c>, en</c> (<c>nr. 6; nr. 7</c>, <c>nr. 7, en nr. 9</c>),
    /// which the grammar merges.
    /// </summary>
    private static bool SemicolonGroupFollows(string s, int p)
    {
        if (p < s.Length && s[p] == ';')
        {
            return ReadNumberLabel(s, FastLexical.Spaces(s, p + 1), out _) >= 0;
        }

        var comma = FastLexical.Comma(s, p);
        var en = comma >= 0 ? FastLexical.Word(s, comma, "en") : Fail;
        var space = en >= 0 ? FastLexical.Space(s, en) : Fail;
        return space >= 0 && ReadNumberLabel(s, space, out _) >= 0;
    }

    /// <summary>
    /// The grammar's group after a label: numbered ondernummers, a document type, then pages; or, when
    /// <paramref name="letters"/>, a lone Eerste Kamer letter with its document type and pages.
    /// </summary>
    private static int ReadGroup(string s, int p, NumberLabelToken label, bool letters, out PiecesToken group)
    {
        group = null!;
        var end = ReadNumberOrRange(s, p, out var first);
        if (end < 0)
        {
            PiecesToken? letter = null;
            var letterEnd = letters ? ReadLetterPieces(s, p, out letter) : Fail;
            if (letterEnd >= 0)
            {
                group = letter! with { Label = label };
            }

            return letterEnd;
        }

        var numbers = new List<string> { first! };
        while (true)
        {
            var separated = label.Plural ? FastLexical.Comma(s, end) : Fail;
            separated = separated >= 0 ? separated : ReadAnd(s, end);
            string? number = null;
            var next = separated >= 0 ? ReadNumberOrRange(s, separated, out number) : Fail;
            if (next < 0)
            {
                break;
            }

            numbers.Add(number!);
            end = next;
        }

        end = ReadDocumentType(s, end, out var documentType);
        var pages = PagesReader.ReadOptional(s, ref end);
        if (end < 0)
        {
            return end;
        }

        group = KamerstukGrammar.ToPieces(numbers.ToArray(), label, documentType, pages);
        return end;
    }

    /// <summary>The grammar's Eerste Kamer letter with optional document type and pages, or <see cref="Fail"/> as the grammar's step fails.</summary>
    private static int ReadLetterPieces(string s, int p, out PiecesToken? pieces)
    {
        pieces = null;
        var end = ReadCapitalLetters(s, p);
        if (end < 0)
        {
            return Fail;
        }

        var letter = s.Substring(p, end - p);
        end = ReadDocumentType(s, end, out var documentType);
        var pages = PagesReader.ReadOptional(s, ref end);
        if (end >= 0)
        {
            pieces = KamerstukGrammar.ToPieces(new[] { letter }, null, documentType, pages);
        }

        return end;
    }

    private static int ReadAnd(string s, int p)
    {
        var space = FastLexical.Space(s, p);
        var en = space >= 0 ? FastLexical.Word(s, space, "en") : Fail;
        return en >= 0 ? FastLexical.Space(s, en) : Fail;
    }

    /// <summary>The grammar's numbered ondernummer or range of them (<c>5</c>, <c>1-3</c>); letters stand alone.</summary>
    private static int ReadNumberOrRange(string s, int p, out string? number)
    {
        var end = ReadNumber(s, p);
        if (end < 0)
        {
            number = null;
            return Fail;
        }

        var last = end < s.Length && s[end] == '-' ? ReadNumber(s, end + 1) : Fail;
        number = last >= 0 ? s.Substring(p, end - p) + "-" + s.Substring(end + 1, last - end - 1) : s.Substring(p, end - p);
        return last >= 0 ? last : end;
    }

    /// <summary>Up to six digits with up to two lower-case letters, not followed by a letter or digit.</summary>
    private static int ReadNumber(string s, int p)
    {
        var digits = p;
        while (digits < s.Length && digits - p < 6 && char.IsDigit(s[digits]))
        {
            digits++;
        }

        if (digits > p)
        {
            var letters = digits;
            while (letters < s.Length && letters - digits < 2 && char.IsLower(s[letters]))
            {
                letters++;
            }

            if (FastLexical.NoLetterOrDigitAt(s, letters))
            {
                return letters;
            }
        }

        return Fail;
    }

    private static int ReadCapitalLetters(string s, int p)
    {
        var end = p;
        while (end < s.Length && end - p < 2 && s[end] is >= 'A' and <= 'Z')
        {
            end++;
        }

        return end > p && FastLexical.NoLetterOrDigitAt(s, end) ? end : Fail;
    }

    /// <summary>The grammar's optional document type: spaces, then 2 to 12 letters in brackets (<c> (MvT)</c>); <paramref name="p"/> when absent.</summary>
    private static int ReadDocumentType(string s, int p, out string? documentType)
    {
        documentType = null;
        var open = FastLexical.Spaces(s, p);
        if (open >= s.Length || s[open] != '(')
        {
            return p;
        }

        var end = open + 1;
        while (end < s.Length && end - open - 1 < 12 && char.IsLetter(s[end]))
        {
            end++;
        }

        if (end - open - 1 < 2 || end >= s.Length || s[end] != ')')
        {
            return p;
        }

        documentType = s.Substring(open + 1, end - open - 1);
        return end + 1;
    }

    /// <summary>Exactly <paramref name="count"/> ASCII digits not followed by a digit, as <see cref="Lexical.DigitsExactly"/>.</summary>
    private static bool AsciiDigitsExactly(string s, int p, int count)
    {
        if (p < 0 || p + count > s.Length)
        {
            return false;
        }

        for (var k = p; k < p + count; k++)
        {
            if (s[k] is < '0' or > '9')
            {
                return false;
            }
        }

        return p + count >= s.Length || !char.IsDigit(s[p + count]);
    }

    private static bool UnicodeDigitAt(string s, int p) => p >= 0 && p < s.Length && char.IsDigit(s[p]);
}
