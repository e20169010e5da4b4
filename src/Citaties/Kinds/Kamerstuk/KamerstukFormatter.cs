using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of a Kamerstuk citation (citation-rules.md 2.1): <c>Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3</c>;
/// Eerste Kamer letters without <c>nr.</c> (<c>Kamerstukken I 2008/09, 31 700 VI, D, p. 4</c>). Without chamber and
/// year the Kamer's own singular house style is kept for one piece (<c>Kamerstuk 28 638, nr. 178</c>); a whole bill
/// or several dossiers take the plural (<c>Kamerstukken 31 945</c>, <c>Kamerstukken 28 345 en 31 015, nr. 132</c>).
/// The appendix prefix keeps the case of its first letter as written, so a fix inside a sentence stays lower case.
/// </summary>
internal static class KamerstukFormatter
{
    public static string Format(KamerstukCitation citation)
    {
        var builder = new StringBuilder();
        if (citation.AppendixText is { } appendix)
        {
            builder.Append(appendix.Length > 0 && char.IsLower(appendix[0]) ? "bijlage bij " : "Bijlage bij ");
        }

        var plural = citation.Chamber is not null || citation.SessionYear is not null
            || citation.Dossiers.Count != 1 || citation.Pieces.Count == 0;
        builder.Append(plural ? "Kamerstukken" : "Kamerstuk");
        var qualified = false;
        if (citation.Chamber is { } chamber)
        {
            builder.Append(' ').Append(chamber.ToCitationForm());
            qualified = true;
        }

        if (citation.SessionYear is { } year)
        {
            builder.Append(' ').Append(year.ToString());
            qualified = true;
        }

        var first = true;
        if (citation.Dossiers.Count > 0)
        {
            builder.Append(qualified ? ", " : " ");
            builder.Append(JoinWithAnd(citation.Dossiers.Select(d => d.ToCanonical()).ToArray()));
            first = false;
        }

        if (citation.Pieces.Count > 0)
        {
            builder.Append(first && !qualified ? " " : ", ");
            builder.Append(FormatPieces(citation.Pieces));
        }

        return builder.ToString();
    }

    private static string FormatPieces(IReadOnlyList<KamerstukPiece> pieces)
    {
        var onlyLastHasPages = pieces.Take(pieces.Count - 1).All(p => p.Pages is null);
        var allNumeric = pieces.All(p => !p.IsLetter);
        if (pieces.Count > 1 && onlyLastHasPages && allNumeric)
        {
            var list = "nrs. " + JoinWithAnd(pieces.Select(p => p.Number).ToArray());
            return pieces[pieces.Count - 1].Pages is { } pages ? list + ", p. " + pages : list;
        }

        return string.Join("; ", pieces.Select(FormatPiece));
    }

    private static string FormatPiece(KamerstukPiece piece)
    {
        var number = piece.IsLetter ? piece.Number : (piece.IsSingle ? "nr. " : "nrs. ") + piece.Number;
        return piece.Pages is { } pages ? number + ", p. " + pages : number;
    }

    private static string JoinWithAnd(string[] items) =>
        items.Length == 1
            ? items[0]
            : string.Join(", ", items.Take(items.Length - 1)) + " en " + items[items.Length - 1];
}
