using System;
using System.Collections.Generic;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The official title after an EU act's number, as Ar 3.42 and the Publicatieblad write it in full:
/// <c>van het Europees Parlement en de Raad van 27 april 2016 betreffende de bescherming van natuurlijke personen
/// ...</c>. Read so that a citation covers the whole title and not its first half: the institution, the date, and
/// the subject after <c>betreffende</c>, <c>inzake</c>, <c>houdende</c> or <c>tot</c> with a noun in <c>-ing</c>
/// (<c>tot wijziging van</c>). The subject ends before a bracket, a semicolon or colon, a comma, the end of the
/// sentence or a verb of the sentence it stands in (<c>bepaalt</c>, <c>is</c>). Read by hand: it runs after every act number.
/// </summary>
internal static class EuActTitleGrammar
{
    private const int MaxSubjectWords = 60;

    private static readonly string[] Institutions =
    {
        " van het Europees Parlement en de Raad", " van het Europees Parlement", " van de Raad", " van de Commissie",
    };

    private static readonly string[] Openers = { "betreffende", "inzake", "houdende" };

    // Verbs and words of the sentence that a title never holds; one of them ends the subject.
    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "is", "zijn", "was", "waren", "wordt", "worden", "werd", "bepaalt", "bepalen", "regelt", "geldt", "gelden", "luidt",
        "stelt", "heeft", "hebben", "kan", "kunnen", "moet", "moeten", "mag", "mogen", "zal", "zullen", "voorziet", "schrijft",
        "vereist", "verplicht", "biedt", "bevat", "legt", "geeft", "maakt", "noemt", "omschrijft", "verbiedt", "staat", "ziet",
        "waarin", "waarbij", "zoals", "omdat", "indien", "wanneer", "hetgeen", "welke", "nu", "dus", "echter",
    };

    private static readonly string[] Expected = { "EU act title" };

    /// <summary>The title after the number, from its first space; fails (consuming nothing) where none follows.</summary>
    public static readonly Parser<string> Title = input =>
    {
        var s = input.Source;
        var start = input.Position;
        var end = AfterInstitution(s, start);
        end = AfterDate(s, end);
        var subject = AfterSubject(s, end);
        if (subject == start)
        {
            return Result.Failure<string>(input, "no title", Expected);
        }

        return Result.Success(s.Substring(start, subject - start), input.Skip(subject - start));
    };

    private static int AfterInstitution(string s, int at)
    {
        foreach (var institution in Institutions)
        {
            if (string.CompareOrdinal(s, at, institution, 0, institution.Length) == 0 && !IsLetterAt(s, at + institution.Length))
            {
                return at + institution.Length;
            }
        }

        return at;
    }

    // " van 27 april 2016", only where an institution or the number stands before it.
    private static int AfterDate(string s, int at)
    {
        const string Van = " van ";
        if (string.CompareOrdinal(s, at, Van, 0, Van.Length) != 0)
        {
            return at;
        }

        var i = at + Van.Length;
        var digits = Digits(s, i);
        if (digits is < 1 or > 2 || i + digits >= s.Length || s[i + digits] != ' ')
        {
            return at;
        }

        i += digits + 1;
        var monthEnd = WordEnd(s, i);
        if (!IsMonth(s.Substring(i, monthEnd - i)) || monthEnd >= s.Length || s[monthEnd] != ' ' || Digits(s, monthEnd + 1) != 4)
        {
            return at;
        }

        return monthEnd + 5;
    }

    private static int AfterSubject(string s, int at)
    {
        if (at >= s.Length || s[at] != ' ')
        {
            return at;
        }

        var first = WordEnd(s, at + 1);
        var opener = s.Substring(at + 1, first - at - 1);
        var opens = Array.IndexOf(Openers, opener) >= 0;
        if (!opens && opener == "tot")
        {
            var nounEnd = WordEnd(s, first + 1);
            opens = first < s.Length && s[first] == ' ' && nounEnd - first > 4 && string.CompareOrdinal(s, nounEnd - 3, "ing", 0, 3) == 0;
        }

        if (!opens)
        {
            return at;
        }

        var end = first;
        for (var words = 0; words < MaxSubjectWords && end < s.Length && s[end] == ' '; words++)
        {
            var wordEnd = WordEnd(s, end + 1);
            if (wordEnd == end + 1 || SentenceWords.Contains(s.Substring(end + 1, wordEnd - end - 1)))
            {
                break;
            }

            // "nr. 1234/2007" inside a title: the full stop of "nr" is no sentence end.
            if (wordEnd < s.Length && s[wordEnd] == '.' && wordEnd - end - 1 == 2 && string.CompareOrdinal(s, end + 1, "nr", 0, 2) == 0)
            {
                wordEnd++;
            }

            end = wordEnd;
        }

        return end;
    }

    // A word of a title: letters, digits, and the marks of act numbers and compounds (95/46/EG, EU-burgers).
    private static int WordEnd(string s, int at)
    {
        var i = at;
        while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '/' or '-' or '\''))
        {
            i++;
        }

        return i;
    }

    private static int Digits(string s, int at)
    {
        var i = at;
        while (i < s.Length && s[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i - at;
    }

    private static bool IsMonth(string word)
    {
        foreach (var names in DutchDateReader.MonthNames)
        {
            if (string.Equals(names[0], word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetterAt(string s, int i) => i < s.Length && char.IsLetter(s[i]);
}
