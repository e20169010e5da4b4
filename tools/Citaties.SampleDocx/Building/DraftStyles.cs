using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.SampleDocx.Building;

/// <summary>
/// The styles part of a draft: the paragraph and character styles Word itself uses for what the builder
/// writes (headings, footnotes, links, comment marks), so documents open looking like a real draft and the
/// comments and links that Citaties adds find their styles.
/// </summary>
internal static class DraftStyles
{
    public static Styles Create() => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Verdana", HighAnsi = "Verdana", ComplexScript = "Verdana", EastAsia = "Verdana" },
                new FontSize { Val = "18" },
                new FontSizeComplexScript { Val = "18" },
                new Languages { Val = "nl-NL" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
        ParagraphStyle("Normal", "Normal", basedOn: null, isDefault: true, paragraph: null, run: null),
        new Style(new StyleName { Val = "Default Paragraph Font" }, new UIPriority { Val = 1 }, new SemiHidden(), new UnhideWhenUsed())
        {
            Type = StyleValues.Character, StyleId = "DefaultParagraphFont", Default = true,
        },
        new Style(
            new StyleName { Val = "Normal Table" },
            new UIPriority { Val = 99 },
            new SemiHidden(),
            new UnhideWhenUsed(),
            new StyleTableProperties(
                new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
        {
            Type = StyleValues.Table, StyleId = "TableNormal", Default = true,
        },
        new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new UIPriority { Val = 39 },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "auto" })))
        {
            Type = StyleValues.Table, StyleId = "TableGrid",
        },
        ParagraphStyle("Title", "Title", "Normal", false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" })),
        ParagraphStyle("Subtitle", "Subtitle", "Normal", false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Italic())),
        ParagraphStyle("Heading1", "heading 1", "Normal", false,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" })),
        ParagraphStyle("Heading2", "heading 2", "Normal", false,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 1 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "20" })),
        ParagraphStyle("Header", "header", "Normal", false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new FontSize { Val = "14" })),
        ParagraphStyle("Footer", "footer", "Normal", false,
            new StyleParagraphProperties(new Justification { Val = JustificationValues.Right }),
            new StyleRunProperties(new FontSize { Val = "14" })),
        ParagraphStyle("FootnoteText", "footnote text", "Normal", false,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "14" })),
        CharacterStyle("FootnoteReference", "footnote reference", new StyleRunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript })),
        CharacterStyle("Hyperlink", "Hyperlink", new StyleRunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single })),
        CharacterStyle("CommentReference", "annotation reference", new StyleRunProperties(new FontSize { Val = "16" }, new FontSizeComplexScript { Val = "16" })));

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault, StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" });
        }

        style.Append(new PrimaryStyle());
        AppendIfAny(style, paragraph);
        AppendIfAny(style, run);
        return style;
    }

    private static Style CharacterStyle(string id, string name, StyleRunProperties run) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "DefaultParagraphFont" }, new UIPriority { Val = 99 }, new UnhideWhenUsed(), run)
        {
            Type = StyleValues.Character, StyleId = id,
        };

    private static void AppendIfAny(Style style, OpenXmlElement? element)
    {
        if (element is not null)
        {
            style.Append(element);
        }
    }
}
