using System.Collections.Generic;
using Citaties.LanguageServer.Analysis;
using Citaties.LanguageServer.Protocol;

namespace Citaties.LanguageServer.Features;

/// <summary>Every citation with an official source as a link to its first link, as <c>citaties link</c> writes them.</summary>
internal static class DocumentLinks
{
    /// <summary>The links of the analysed document, in text order.</summary>
    public static IReadOnlyList<DocumentLink> Of(DocumentAnalysis analysis)
    {
        var links = new List<DocumentLink>();
        var coveredUntil = -1;
        foreach (var citation in analysis.Citations)
        {
            // An ECLI inside a case citation is returned after it as a citation of its own; one link over the
            // text is what an editor can show, so the outer one stands.
            if (citation.Links.Count == 0 || citation.Span.End <= coveredUntil)
            {
                continue;
            }

            links.Add(new DocumentLink(Ranges.Of(analysis.Source.Text, citation.Span), citation.Links[0], citation.Canonical));
            coveredUntil = citation.Span.End;
        }

        return links;
    }
}
