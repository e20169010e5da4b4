using System.Collections.Generic;
using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of a Handelingen citation (citation-rules.md 3.1):
/// <c>Handelingen II 2010/11, nr. 108, item 5, p. 25-36</c>. A wrongly written dossier number is kept, so the
/// canonical form never hides what the validator must report.
/// </summary>
internal static class HandelingenFormatter
{
    public static string Format(HandelingenCitation citation)
    {
        var builder = new StringBuilder("Handelingen");
        if (citation.Chamber is { } chamber)
        {
            builder.Append(' ').Append(chamber.ToCitationForm());
        }

        if (citation.SessionYear is { } year)
        {
            builder.Append(' ').Append(year.ToString());
        }

        var parts = new List<string>();
        if (citation.Dossier is { } dossier)
        {
            parts.Add(dossier.ToCanonical());
        }

        if (citation.Meeting is { } meeting)
        {
            parts.Add("nr. " + meeting);
        }

        if (citation.Item is { } item)
        {
            parts.Add("item " + item);
        }

        if (citation.Pages is { } pages)
        {
            parts.Add("p. " + pages);
        }

        if (parts.Count > 0)
        {
            builder.Append(", ").Append(string.Join(", ", parts));
        }

        return builder.ToString();
    }
}
