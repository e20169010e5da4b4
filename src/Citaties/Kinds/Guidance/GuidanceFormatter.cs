using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of a guidance citation: an aanwijzing with the Ar's citeertitel in full, as the Ar cites other
/// regulations (<c>aanwijzing 3.29 van de Aanwijzingen voor de regelgeving</c>, <c>aanwijzingen 3.29 en 3.30 van de
/// ...</c>, <c>aanwijzing 4.50, tweede lid, van de ...</c>); a circular or policy rule as Ar 3.37 wants a regulation
/// without a citeertitel, its title and the Staatscourant in brackets (<c>Circulaire ... (Stcrt. 2004, 245)</c>).
/// </summary>
internal static class GuidanceFormatter
{
    public static string Format(GuidanceCitation citation)
    {
        if (citation.Gazette is { } gazette)
        {
            return citation.Title + " (" + gazette.Canonical + ")";
        }

        if (citation.Items.Count == 0)
        {
            return citation.Title;
        }

        var text = new StringBuilder(citation.Items.Count == 1 ? "aanwijzing " : "aanwijzingen ")
            .Append(DutchList.Join(citation.Items));
        if (citation.Paragraph is { } paragraph)
        {
            text.Append(", ").Append(DutchOrdinals.ToWord(paragraph) ?? paragraph).Append(" lid,");
        }

        return text.Append(" van de ").Append(citation.Title).ToString();
    }
}
