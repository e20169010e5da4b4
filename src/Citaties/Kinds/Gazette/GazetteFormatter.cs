using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of a gazette citation: <c>Stb. 2023, 123</c> (Ar 3.45), <c>PbEU 2022, L 277/1</c> and
/// <c>PbEU L 2024/325</c> (Ar 3.46). Parts left out stay left out (<c>Stb. 575</c>); a placeholder stays
/// <c>Stb. …, …</c>.
/// </summary>
internal static class GazetteFormatter
{
    private const char Ellipsis = '…';

    public static string Format(GazetteCitation citation)
    {
        var text = new StringBuilder(citation.Journal);
        if (citation.Series is null)
        {
            // Dutch journals are abbreviated with a full stop; PbEU and PbEG are written without.
            text.Append('.');
        }

        if (citation.IsPlaceholder)
        {
            return text.Append(' ').Append(Ellipsis).Append(", ").Append(Ellipsis).ToString();
        }

        if (citation.IsActByAct)
        {
            return text.Append(' ').Append(citation.Series).Append(' ').Append(citation.Year).Append('/').Append(citation.Number).ToString();
        }

        var parts = new StringBuilder();
        if (citation.Year is { } year)
        {
            parts.Append(year);
        }

        var number = citation.Series is null ? citation.Number : citation.Series + " " + citation.Number + (citation.Page is null ? string.Empty : "/" + citation.Page);
        if (number is not null)
        {
            if (parts.Length > 0)
            {
                parts.Append(", ");
            }

            parts.Append(number);
        }

        if (parts.Length > 0)
        {
            text.Append(' ').Append(parts);
        }

        return text.ToString();
    }
}
