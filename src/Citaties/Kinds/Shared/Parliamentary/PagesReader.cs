using System.Text;

namespace Citaties.Kinds;

/// <summary>
/// The optional pages at the end of a Handelingen citation read by hand: a comma or spaces, one of
/// <see cref="ParliamentaryTokens.PagesLabel"/>'s labels, and <see cref="ParliamentaryTokens.PageList"/>
/// (<c>p. 3</c>, <c>blz. 7-8</c>, <c>p. 12 en 16</c>, <c>p. 5 e.v.</c>), with the grammar's commitment after the label.
/// </summary>
internal static class PagesReader
{
    private const int MaxPageDigits = 5;

    /// <summary>
    /// The pages after <paramref name="p"/>, moving it past them; null with <paramref name="p"/> unchanged when no
    /// label follows, or with <paramref name="p"/> set to <see cref="FastLexical.Fail"/> when a label is not
    /// followed by pages (the grammar fails there).
    /// </summary>
    public static PagesToken? ReadOptional(string s, ref int p)
    {
        var at = FastLexical.CommaOrSpace(s, p);
        var labelEnd = at >= 0 ? Label(s, at) : FastLexical.Fail;
        if (labelEnd < 0)
        {
            return null;
        }

        var builder = new StringBuilder();
        var end = PageList(s, FastLexical.Spaces(s, labelEnd), builder);
        if (end < 0)
        {
            p = FastLexical.Fail;
            return null;
        }

        p = end;
        return new PagesToken(s.Substring(at, labelEnd - at), builder.ToString(), s.Substring(at, end - at));
    }

    // PagesLabel's alternatives in its order.
    private static int Label(string s, int p)
    {
        var end = FastLexical.Word(s, p, "bladzijden");
        end = end >= 0 ? end : FastLexical.Word(s, p, "bladzijde");
        end = end >= 0 ? end : FastLexical.Literal(s, p, "blz.");
        end = end >= 0 ? end : FastLexical.Word(s, p, "blz");
        end = end >= 0 ? end : FastLexical.Literal(s, p, "pag.");
        end = end >= 0 ? end : FastLexical.Word(s, p, "pagina");
        end = end >= 0 ? end : FastLexical.Word(s, p, "pag");
        end = end >= 0 ? end : FastLexical.Literal(s, p, "pp.");
        return end >= 0 ? end : FastLexical.Literal(s, p, "p.");
    }

    // A range, any number of " en <range>" or ", <range>", and an optional " e.v.".
    private static int PageList(string s, int p, StringBuilder pages)
    {
        p = PageRange(s, p, pages);
        if (p < 0)
        {
            return FastLexical.Fail;
        }

        while (true)
        {
            var mark = pages.Length;
            var next = AndRange(s, p, pages);
            next = next >= 0 ? next : CommaRange(s, p, pages);
            if (next < 0)
            {
                pages.Length = mark;
                break;
            }

            p = next;
        }

        var following = FastLexical.Space(s, p);
        if (following >= 0)
        {
            var ev = FastLexical.Literal(s, following, "e.v.");
            ev = ev >= 0 ? ev : FastLexical.Literal(s, following, "e v.");
            ev = ev >= 0 ? ev : FastLexical.Word(s, following, "ev");
            if (ev >= 0)
            {
                pages.Append(" e.v.");
                p = ev;
            }
        }

        return p;
    }

    // " en <range>", as ParliamentaryTokens.AndPages; what it appends is undone by the caller when it fails.
    private static int AndRange(string s, int p, StringBuilder pages)
    {
        var space = FastLexical.Space(s, p);
        var en = space >= 0 ? FastLexical.Word(s, space, "en") : FastLexical.Fail;
        var space2 = en >= 0 ? FastLexical.Space(s, en) : FastLexical.Fail;
        if (space2 < 0)
        {
            return FastLexical.Fail;
        }

        pages.Append(" en ");
        return PageRange(s, space2, pages);
    }

    // ", <range>" not followed by a space and a digit, as ParliamentaryTokens.CommaPages.
    private static int CommaRange(string s, int p, StringBuilder pages)
    {
        var comma = FastLexical.Comma(s, p);
        if (comma < 0)
        {
            return FastLexical.Fail;
        }

        pages.Append(", ");
        var end = PageRange(s, comma, pages);
        var space = end >= 0 ? FastLexical.Space(s, end) : FastLexical.Fail;
        return space >= 0 && space < s.Length && char.IsDigit(s[space]) ? FastLexical.Fail : end;
    }

    // A page and an optional "-" or "/" page, with optional spaces around the dash.
    private static int PageRange(string s, int p, StringBuilder pages)
    {
        var first = Page(s, p);
        if (first < 0)
        {
            return FastLexical.Fail;
        }

        pages.Append(s, p, first - p);
        var dash = FastLexical.Spaces(s, first);
        if (dash < s.Length && s[dash] is '-' or '/')
        {
            var secondStart = FastLexical.Spaces(s, dash + 1);
            var second = Page(s, secondStart);
            if (second >= 0)
            {
                pages.Append('-').Append(s, secondStart, second - secondStart);
                return second;
            }
        }

        return first;
    }

    // One to five digits (char.IsDigit, as Parse.Digit) not followed by another digit.
    private static int Page(string s, int p)
    {
        var end = p;
        while (end < s.Length && end - p < MaxPageDigits && char.IsDigit(s[end]))
        {
            end++;
        }

        return end > p && (end >= s.Length || !char.IsDigit(s[end])) ? end : FastLexical.Fail;
    }
}
