using System.Collections.Generic;
using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of an <c>article</c> citation: the DESIGN.md names (<c>articles</c>, <c>article</c>,
/// <c>paragraphs</c>, <c>parts</c>, <c>subparts</c>, <c>law</c>, <c>lawText</c>, <c>old</c>) and the written
/// forms rules need (<c>lawForm</c>, <c>paragraphStyle</c>, <c>partStyle</c>, <c>rangeStyle</c>, ...). The detail
/// fields are the first article's; a list of more than one article adds <c>conjunction</c> and <c>items</c>, each
/// article with its own detail, so the output of a single article stays as it was.
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
        WriteDetail(writer, citation.Items[0]);
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
        if (citation.Articles.Count > 1)
        {
            writer.WriteStringOrNull("conjunction", citation.Conjunction);
            WriteItems(writer, citation.Articles);
        }
    }

    // "items": [{"from": "64", "to": null, "paragraphs": ["2"], ...}, {"from": "65", ...}]
    private static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<ArticleItem> items)
    {
        writer.WritePropertyName("items");
        writer.WriteStartArray();
        foreach (var item in items)
        {
            writer.WriteStartObject();
            writer.WriteString("from", item.From);
            writer.WriteStringOrNull("to", item.To);
            WriteDetail(writer, item);
            writer.WriteBoolean("old", item.Old);
            writer.WriteString("paragraphStyle", Name(item.ParagraphStyle));
            writer.WriteString("partStyle", Name(item.PartStyle));
            writer.WriteString("rangeStyle", Name(item.RangeStyle));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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

    // The leden, onderdelen and zin of one article; the citation's own are its first article's.
    private static void WriteDetail(Utf8JsonWriter writer, ArticleItem item)
    {
        WriteList(writer, "paragraphs", item.Paragraphs);
        WriteList(writer, "parts", item.Parts);
        WriteList(writer, "subparts", item.Subparts);
        writer.WriteBoolean("aanhef", item.Aanhef);
        writer.WriteStringOrNull("sentence", item.Sentence);
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
