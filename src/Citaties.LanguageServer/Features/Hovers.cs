using System.Globalization;
using System.Linq;
using System.Text;
using Citaties.LanguageServer.Analysis;
using Citaties.LanguageServer.Protocol;
using Citaties.Model;

namespace Citaties.LanguageServer.Features;

/// <summary>
/// What a citation is, shown on hover: its kind, its canonical form, the law it names (title and BWB id) or the court
/// and date of a decision, and the official links. Labels follow the language of the lint messages.
/// </summary>
internal static class Hovers
{
    /// <summary>The hover at <paramref name="position"/>, or null when no citation is there.</summary>
    public static Hover? At(DocumentAnalysis analysis, Position position)
    {
        // The innermost citation: an ECLI inside a case citation is described as itself.
        var text = analysis.Source.Text;
        var citation = analysis.Citations
            .Select(c => (Citation: c, Range: Ranges.Of(text, c.Span)))
            .Where(c => Ranges.Contains(c.Range, position))
            .OrderBy(c => c.Citation.Span.Length)
            .FirstOrDefault();
        if (citation.Citation is null)
        {
            return null;
        }

        var english = analysis.Options.Culture.TwoLetterISOLanguageName == "en";
        return new Hover(new MarkupContent("markdown", Describe(citation.Citation, english)), citation.Range);
    }

    /// <summary>The Markdown that describes <paramref name="citation"/>.</summary>
    public static string Describe(Citation citation, bool english)
    {
        var text = new StringBuilder();
        text.Append("**").Append(citation.Kind.ToJsonName()).Append("** `").Append(Code(citation.Canonical)).Append('`').Append("\n\n");
        var law = citation switch
        {
            ArticleCitation article => article.Law,
            LawCitation named => named.Law,
            AbbreviationDefinition definition => definition.Law,
            _ => null,
        };
        if (law is not null && (law.Title ?? law.Abbreviation) is { } title)
        {
            text.Append(english ? "Law: " : "Wet: ").Append(Escape(title));
            var id = law.Bwb ?? law.Celex;
            if (id is not null)
            {
                text.Append(" (").Append(id).Append(')');
            }

            text.Append("\n\n");
        }

        if (citation is CaseCitation decision)
        {
            if (decision.Court is { } court)
            {
                text.Append(english ? "Court: " : "Instantie: ").Append(Escape(court));
                if (decision.CourtCode is { } code && code != court)
                {
                    text.Append(" (").Append(code).Append(')');
                }

                text.Append("\n\n");
            }

            if (decision.Date is { } date)
            {
                var culture = CultureInfo.GetCultureInfo(english ? "en-GB" : "nl-NL");
                text.Append(english ? "Date: " : "Datum: ").Append(date.ToString("d MMMM yyyy", culture)).Append("\n\n");
            }

            if (decision.Ecli is { } ecli)
            {
                text.Append("ECLI: ").Append(ecli.Value).Append("\n\n");
            }
        }

        foreach (var link in citation.Links)
        {
            text.Append("- [").Append(Escape(link)).Append("](").Append(link).Append(")\n");
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static string Code(string text) => text.Replace("`", "'");

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
