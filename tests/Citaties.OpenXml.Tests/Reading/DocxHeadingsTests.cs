using Citaties.Rules;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Citaties.OpenXml.Tests.TestDocuments;

namespace Citaties.OpenXml.Tests.Reading;

/// <summary>A finding in a Word document names the heading it stands under.</summary>
[TestFixture]
public class DocxHeadingsTests
{
    // "Stb. 575" has no year: CIT4001 in every profile.
    private const string Finding = "Zie Stb. 575.";

    [Test]
    public void A_finding_names_the_nearest_heading_above_it_by_style_based_on_a_heading_style_or_outline_level()
    {
        var document = Read(
            Paragraph(Run(Finding)),
            Styled("Kop1", "Artikel 1"),
            Paragraph(Run(Finding)),
            Styled("EigenKop", "Artikel 2"),
            Paragraph(Run(Finding)),
            new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 2 }), Run("Onderdeel A")),
            Paragraph(Run(Finding)),
            Styled("Gewoon", "Geen kop"),
            Paragraph(Run(Finding)));

        var places = document.Lint().Findings.Where(f => f.Diagnostic.Id == "CIT4001").Select(f => f.Place!).ToList();

        Assert.That(places.Select(p => p.Heading), Is.EqualTo(new[] { null, "Artikel 1", "Artikel 2", "Onderdeel A", "Onderdeel A" }));
        Assert.That(places.Select(p => p.Paragraph), Is.EqualTo(new[] { 1, 3, 5, 7, 9 }));
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text));

    private static DocxDocument Read(params OpenXmlElement[] content)
    {
        using var stream = Create(content, main =>
        {
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                Style("Kop1", null, new OutlineLevel { Val = 0 }),
                Style("EigenKop", "Kop1", null),
                Style("Gewoon", null, null));
            styles.Styles.Save();
        });
        return DocxDocument.Read("kop.docx", stream.ToArray());
    }

    private static Style Style(string id, string? basedOn, OutlineLevel? level)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        style.Append(new StyleName { Val = id });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (level is not null)
        {
            style.Append(new StyleParagraphProperties(level));
        }

        return style;
    }
}
