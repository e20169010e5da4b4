using System.Collections.Generic;
using Citaties.Model;
using static Citaties.Kinds.FastLexical;

namespace Citaties.Kinds;

/// <summary>
/// The article grammar (<see cref="ArticleGrammar.Citations"/>) written out by hand: the same keywords, labels,
/// leden, onderdelen, enumerations and law phrases, with the same backtracking, but without Sprache's results,
/// closures and expectation lists per step, which the profile showed as nine tenths of Extract's time. It
/// declines <c>Enig artikel</c> and anything it cannot read, so the grammar decides those; an EU act as the law it
/// reads with the grammar's own reader of acts. FastPathAgreementTests hold the two to the same result on every
/// window of the corpus.
/// </summary>
internal static class ArticleFastPath
{
    /// <summary>A <see cref="FastPath"/> for the article family.</summary>
    public static bool TryRead(string s, out IReadOnlyList<Citation> citations, out int end)
    {
        citations = null!;
        end = Fail;
        if (Word(s, 0, "enig") >= 0)
        {
            return false;
        }

        var p = Header(s, out var determiner, out var keyword);
        if (p < 0)
        {
            return false;
        }

        p = Spaces(s, p);
        var itemEnd = ArticleLabelReader.Item(s, p, out var item, out var style);
        if (itemEnd < 0)
        {
            return false;
        }

        var detailsEnd = ArticleDetailReader.Details(s, itemEnd, out var details);
        var designations = new List<ArticleDesignation> { new(item, style, details, null, DesignationJoin.List, p, detailsEnd) };
        p = detailsEnd;
        while (true)
        {
            var next = Next(s, p, out var designation);
            if (next < 0 || next == p)
            {
                break;
            }

            designations.Add(designation!);
            p = next;
        }

        Captured<LawPhrase>? lawCapture = null;
        if (LawPhraseReader.Read(s, p, out var law, out var lawEnd) == LawPhraseReader.LawRead.Read)
        {
            lawCapture = new Captured<LawPhrase>(law!, s.Substring(p, lawEnd - p), p, lawEnd);
            p = lawEnd;
        }

        Captured<ArticleDetail>? oldCapture = null;
        var oldEnd = ArticleDetailReader.Old(s, p);
        if (oldEnd >= 0)
        {
            oldCapture = new Captured<ArticleDetail>(ArticleDetailReader.OldDetail, s.Substring(p, oldEnd - p), p, oldEnd);
            p = oldEnd;
        }

        var keywordStart = determiner is null ? 0 : Spaces(s, determiner.Length);
        citations = ArticleCitationBuilder.Build(determiner, keyword!, designations, lawCapture, oldCapture, start: keywordStart);
        end = p;
        return true;
    }

    // "de artikelen"/"de artt.", or a keyword on its own.
    private static int Header(string s, out string? determiner, out string? keyword)
    {
        determiner = null;
        var de = Word(s, 0, "de");
        var plural = de >= 0 ? Space(s, de) : Fail;
        plural = plural >= 0 ? Plural(s, plural) : Fail;
        if (plural >= 0)
        {
            determiner = s.Substring(0, de);
            keyword = s.Substring(Spaces(s, de), plural - Spaces(s, de));
            return plural;
        }

        var end = Keyword(s, 0);
        keyword = end >= 0 ? s.Substring(0, end) : null;
        return end;
    }

    private static int Plural(string s, int p)
    {
        var end = Word(s, p, "artikelen");
        return end >= 0 ? end : Literal(s, p, "artt.");
    }

    private static int Keyword(string s, int p)
    {
        var end = Plural(s, p);
        end = end >= 0 ? end : Word(s, p, "artikel");
        return end >= 0 ? end : Literal(s, p, "art.");
    }

    // A further designation: its joiner, an optional repeated keyword, the label and its details.
    private static int Next(string s, int p, out ArticleDesignation? designation)
    {
        designation = null;
        var at = Separator(s, p, out var join, out var conjunction);
        if (at < 0)
        {
            return Fail;
        }

        string? keyword = null;
        var start = at;
        var keywordEnd = Keyword(s, at);
        if (keywordEnd >= 0)
        {
            keyword = s.Substring(at, keywordEnd - at);
            at = Spaces(s, keywordEnd);
        }

        var itemEnd = ArticleLabelReader.Item(s, at, out var item, out var style);
        if (itemEnd < 0)
        {
            return Fail;
        }

        var detailsEnd = ArticleDetailReader.Details(s, itemEnd, out var details);
        designation = new ArticleDesignation(item, style, details, keyword, join, keyword is null ? at : start, detailsEnd, conjunction);
        return detailsEnd;
    }

    // A comma, optionally with a joining word after it, or a joining word between spaces (see Link, ReadTogether).
    private static int Separator(string s, int p, out DesignationJoin join, out string? conjunction)
    {
        var comma = Comma(s, p);
        if (comma >= 0)
        {
            var linked = LinkThenSpace(s, comma, out join, out conjunction);
            if (linked >= 0)
            {
                return linked;
            }

            join = DesignationJoin.List;
            conjunction = null;
            return comma;
        }

        var at = Space(s, p);
        join = DesignationJoin.List;
        conjunction = null;
        return at >= 0 ? LinkThenSpace(s, at, out join, out conjunction) : Fail;
    }

    // "in verband met" (and the like) before a keyword, or a joining word and a space.
    private static int LinkThenSpace(string s, int p, out DesignationJoin join, out string? conjunction)
    {
        join = DesignationJoin.Juncto;
        conjunction = null;
        var together = ReadTogether(s, p);
        if (together >= 0)
        {
            return together;
        }

        var word = ListWord(s, p);
        join = DesignationJoin.List;
        conjunction = word >= 0 ? Conjunction(s.Substring(p, word - p)) : null;
        if (word < 0)
        {
            join = DesignationJoin.Juncto;
            word = Word(s, p, "juncto");
            if (word < 0)
            {
                word = Word(s, p, "jo");
                word = word >= 0 && word < s.Length && s[word] == '.' ? word + 1 : word;
            }
        }

        return word >= 0 ? Space(s, word) : Fail;
    }

    // The list word as the grammar gives it: lower case, "dan wel" with one space however many the text has.
    private static string Conjunction(string written)
    {
        var lower = written.ToLowerInvariant();
        return lower.StartsWith("dan", System.StringComparison.Ordinal) ? "dan wel" : lower;
    }

    // "in verband met", "in samenhang met", "in verbinding met", read as juncto only when a keyword follows.
    private static int ReadTogether(string s, int p)
    {
        var at = Word(s, p, "in");
        at = at >= 0 ? Space(s, at) : Fail;
        if (at < 0)
        {
            return Fail;
        }

        var noun = Word(s, at, "verband");
        noun = noun >= 0 ? noun : Word(s, at, "samenhang");
        noun = noun >= 0 ? noun : Word(s, at, "verbinding");
        var met = noun >= 0 ? Space(s, noun) : Fail;
        met = met >= 0 ? Word(s, met, "met") : Fail;
        var end = met >= 0 ? Space(s, met) : Fail;
        return end >= 0 && Keyword(s, end) >= 0 ? end : Fail;
    }
}
