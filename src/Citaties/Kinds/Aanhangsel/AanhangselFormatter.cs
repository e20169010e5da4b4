using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of an Aanhangsel citation (citation-rules.md 4.1): <c>Aanhangsel Handelingen II 2019/20, nr. 3645</c>;
/// without a chamber <c>Aanhangsel Handelingen 2025/26, nr. 1129</c> (the chamber cannot be guessed from the text).
/// </summary>
internal static class AanhangselFormatter
{
    public static string Format(AanhangselCitation citation)
    {
        var builder = new StringBuilder("Aanhangsel Handelingen");
        if (citation.Chamber is { } chamber)
        {
            builder.Append(' ').Append(chamber.ToCitationForm());
        }

        if (citation.SessionYear is { } year)
        {
            builder.Append(' ').Append(year.ToString());
        }

        if (citation.Number is { } number)
        {
            builder.Append(", nr. ").Append(number);
        }

        return builder.ToString();
    }
}
