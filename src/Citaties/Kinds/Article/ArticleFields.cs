using System.Collections.Generic;
using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of an <c>article</c> citation: the DESIGN.md names (<c>articles</c>, <c>article</c>,
/// <c>paragraphs</c>, <c>parts</c>, <c>subparts</c>, <c>law</c>, <c>lawText</c>, <c>old</c>) and the written
/// forms rules need (<c>lawForm</c>, <c>paragraphStyle</c>, <c>partStyle</c>, <c>rangeStyle</c>, ...).
/// </summary>
internal static class ArticleFields
{
    public static void Write(Utf8JsonWriter writer, ArticleCitation citation)
    {
        writer.WritePropertyName("articles");
        writer.WriteStartArray();
        foreach (var item in citation.Articles)
        {
            if (item.IsRange)
            {
                writer.WriteStartObject();
                writer.WriteString("from", item.From);
                writer.WriteString("to", item.To);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteStringValue(item.From);
            }
        }

        writer.WriteEndArray();
        writer.WriteString("article", citation.Article);
        WriteDivision(writer, citation.Division);
        writer.WriteStringOrNull("book", citation.Book);
        writer.WriteStringOrNull("articleInBook", citation.ArticleInBook);
        WriteList(writer, "paragraphs", citation.Paragraphs);
        WriteList(writer, "parts", citation.Parts);
        WriteList(writer, "subparts", citation.Subparts);
        writer.WriteBoolean("aanhef", citation.Aanhef);
        writer.WriteStringOrNull("sentence", citation.Sentence);
        LawFields.Write(writer, citation.Law);
        writer.WriteStringOrNull("lawText", citation.LawText);
        writer.WriteString("lawForm", Name(citation.LawForm));
        writer.WriteBoolean("old", citation.Old);
        writer.WriteString("keyword", citation.Keyword);
        writer.WriteBoolean("juncto", citation.Juncto);
        writer.WriteString("paragraphStyle", Name(citation.ParagraphStyle));
        writer.WriteString("partStyle", Name(citation.PartStyle));
        writer.WriteString("rangeStyle", Name(citation.RangeStyle));
        if (citation.Pointer != ArticlePointer.None)
        {
            // Only for the citations that have one, so the output of every other article stays as it was.
            writer.WriteString("pointer", citation.Pointer switch
            {
                ArticlePointer.ThisArticle => "thisArticle",
                ArticlePointer.PreviousArticle => "previousArticle",
                _ => "thatArticle",
            });
        }

        writer.WriteString("numberForm", Name(citation.NumberForm));
    }

    // "division": {"unit": "titel", "number": "4.1"} ("to" only for a range, so the JSON of one part is unchanged), or null for an article.
    private static void WriteDivision(Utf8JsonWriter writer, LawDivision? division)
    {
        if (division is null)
        {
            writer.WriteNull("division");
            return;
        }

        writer.WriteStartObject("division");
        writer.WriteString("unit", DivisionNames.Word(division.Unit));
        writer.WriteString("number", division.Number);
        if (division.To is { } to)
        {
            writer.WriteString("to", to);
        }

        writer.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
    {
        writer.WritePropertyName(name);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    // Stable JSON values of the enums (camelCase of their names).
    private static string Name(LawForm form) => form switch
    {
        LawForm.Abbreviation => "abbreviation",
        LawForm.Title => "title",
        LawForm.TitleWithoutVan => "titleWithoutVan",
        LawForm.EuAct => "euAct",
        LawForm.BookOfBw => "bookOfBw",
        LawForm.DeicticReference => "deicticReference",
        _ => "none",
    };

    private static string Name(ParagraphStyle style) => style switch
    {
        ParagraphStyle.Ordinal => "ordinal",
        ParagraphStyle.Number => "number",
        _ => "none",
    };

    private static string Name(PartStyle style) => style switch
    {
        PartStyle.Onderdeel => "onderdeel",
        PartStyle.Onder => "onder",
        PartStyle.Sub => "sub",
        PartStyle.Letter => "letter",
        _ => "none",
    };

    private static string Name(ArticleNumberForm form) => form switch
    {
        ArticleNumberForm.WithoutKeyword => "withoutKeyword",
        ArticleNumberForm.LawFirst => "lawFirst",
        ArticleNumberForm.CapitalLetter => "capitalLetter",
        _ => "standard",
    };

    private static string Name(RangeStyle style) => style switch
    {
        RangeStyle.TotEnMet => "totEnMet",
        RangeStyle.TM => "tm",
        RangeStyle.Hyphen => "hyphen",
        _ => "none",
    };
}
