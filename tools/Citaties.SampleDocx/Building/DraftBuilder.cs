using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.SampleDocx.Building;

/// <summary>
/// Builds a Word draft the way Word lays one out: styles, settings, body paragraphs and tables, footnotes
/// (with the separator footnotes), a header and a footer, tracked changes and text boxes. Content is
/// collected first and written by <see cref="WriteTo"/>; the same content always gives the same bytes
/// (fixed relationship ids, dates and zip entry times).
/// </summary>
public sealed class DraftBuilder
{
    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly List<Block> blocks = new();
    private IReadOnlyList<Inline> header = Array.Empty<Inline>();
    private IReadOnlyList<Inline> footer = Array.Empty<Inline>();

    /// <summary>Creates a builder for a draft titled <paramref name="title"/>.</summary>
    /// <param name="title">The document title (core properties).</param>
    /// <param name="author">The author of the document and of its tracked changes.</param>
    /// <param name="date">The creation date, also the date of its tracked changes.</param>
    public DraftBuilder(string title, string author, DateTime date)
    {
        Title = title;
        Author = author;
        Date = DateTime.SpecifyKind(date, DateTimeKind.Utc);
    }

    /// <summary>The document title.</summary>
    public string Title { get; }

    /// <summary>The author of the document and of its tracked changes.</summary>
    public string Author { get; }

    /// <summary>The creation date (UTC).</summary>
    public DateTime Date { get; }

    /// <summary>The number of body paragraphs added so far, table cells not counted.</summary>
    public int ParagraphCount => blocks.Count(b => b is ParagraphBlock);

    /// <summary>Adds a body paragraph in <paramref name="style"/> (null: Normal).</summary>
    public DraftBuilder Paragraph(string? style, IEnumerable<Inline> content)
    {
        blocks.Add(new ParagraphBlock(style, content.ToList()));
        return this;
    }

    /// <summary>Adds a body paragraph in the Normal style.</summary>
    public DraftBuilder Paragraph(params Inline[] content) => Paragraph(null, content);

    /// <summary>Adds a heading of <paramref name="level"/> 1 or 2.</summary>
    public DraftBuilder Heading(int level, string text)
    {
        if (level is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The styles part has Heading1 and Heading2.");
        }

        return Paragraph("Heading" + level.ToString(CultureInfo.InvariantCulture), new[] { Inline.Text(text) });
    }

    /// <summary>Adds a table in the Table Grid style; the first row is repeated as header row.</summary>
    /// <param name="rows">Rows of cells, each cell one paragraph of content.</param>
    public DraftBuilder Table(IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> rows)
    {
        blocks.Add(new TableBlock(rows.ToList()));
        return this;
    }

    /// <summary>Sets the one-paragraph header of every page.</summary>
    public DraftBuilder Header(params Inline[] content)
    {
        header = content;
        return this;
    }

    /// <summary>Sets the one-paragraph footer of every page.</summary>
    public DraftBuilder Footer(params Inline[] content)
    {
        footer = content;
        return this;
    }

    /// <summary>The document as bytes.</summary>
    public byte[] ToArray()
    {
        using var output = new MemoryStream();
        WriteTo(output);
        return output.ToArray();
    }

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    public void WriteTo(Stream output)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            Fill(document);
        }

        DeterministicZip.Rewrite(package, output);
    }

    private void Fill(WordprocessingDocument document)
    {
        var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
        var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
        WriteCoreProperties(core);

        main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DraftStyles.Create();
        main.AddNewPart<DocumentSettingsPart>("rId2").Settings = Settings();

        var renderer = new InlineRenderer(Author, Date);
        var bodyLinks = new PartLinks();
        var body = new Body();
        foreach (var block in blocks)
        {
            body.Append(block switch
            {
                ParagraphBlock p => renderer.Paragraph(p.Style, p.Content, bodyLinks),
                TableBlock t => Table(t, renderer, bodyLinks),
                _ => throw new InvalidOperationException("Unknown block " + block.GetType().Name),
            });
        }

        var headerLinks = new PartLinks();
        var headerPart = main.AddNewPart<HeaderPart>("rId4");
        headerPart.Header = new Header(renderer.Paragraph("Header", header, headerLinks));
        AddLinks(headerPart, headerLinks);
        var footerLinks = new PartLinks();
        var footerPart = main.AddNewPart<FooterPart>("rId5");
        footerPart.Footer = new Footer(renderer.Paragraph("Footer", footer, footerLinks));
        AddLinks(footerPart, footerLinks);

        body.Append(SectionProperties());
        main.Document = new Document(body);
        DeclareNamespaces(main.Document);
        AddLinks(main, bodyLinks);

        var footnotes = main.AddNewPart<FootnotesPart>("rId3");
        footnotes.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark())))
            {
                Type = FootnoteEndnoteValues.Separator, Id = -1,
            },
            new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark())))
            {
                Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0,
            });
        footnotes.Footnotes.Append(renderer.Footnotes);
        AddLinks(footnotes, renderer.FootnoteLinks);
    }

    // Word declares the namespaces of everything that may appear in the body on the root, and marks the
    // Word 2010 ones ignorable for older readers.
    private static void DeclareNamespaces(Document document)
    {
        document.AddNamespaceDeclaration("mc", MarkupCompatibility);
        document.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        document.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        document.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        document.AddNamespaceDeclaration("wps", TextBoxMarkup.WpsNamespace);
        document.AddNamespaceDeclaration("v", "urn:schemas-microsoft-com:vml");
        document.AddNamespaceDeclaration("o", "urn:schemas-microsoft-com:office:office");
        document.AddNamespaceDeclaration("w10", "urn:schemas-microsoft-com:office:word");
        document.AddNamespaceDeclaration("w14", "http://schemas.microsoft.com/office/word/2010/wordml");
        document.MCAttributes = new MarkupCompatibilityAttributes { Ignorable = "w14" };
    }

    private static void AddLinks(OpenXmlPart part, PartLinks links)
    {
        foreach (var (id, target) in links.Targets)
        {
            part.AddHyperlinkRelationship(target, true, id);
        }
    }

    private void WriteCoreProperties(CoreFilePropertiesPart part)
    {
        var date = Date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" " +
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" " +
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
            "<dc:title>" + System.Security.SecurityElement.Escape(Title) + "</dc:title>" +
            "<dc:creator>" + System.Security.SecurityElement.Escape(Author) + "</dc:creator>" +
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:created>" +
            "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + date + "</dcterms:modified>" +
            "</cp:coreProperties>";
        using var writer = new StreamWriter(part.GetStream(FileMode.Create), new System.Text.UTF8Encoding(false));
        writer.Write(xml);
    }

    private static Settings Settings() => new(
        new Zoom { Percent = "100" },
        new DefaultTabStop { Val = 708 },
        new HyphenationZone { Val = "425" },
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new FootnoteDocumentWideProperties(new FootnoteSpecialReference { Id = -1 }, new FootnoteSpecialReference { Id = 0 }),
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
        }),
        new ThemeFontLanguages { Val = "nl-NL" });

    private static SectionProperties SectionProperties() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId4" },
        new FooterReference { Type = HeaderFooterValues.Default, Id = "rId5" },
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1417, Right = 1417, Bottom = 1417, Left = 1417, Header = 708, Footer = 708, Gutter = 0 },
        new Columns { Space = "708" },
        new DocGrid { LinePitch = 360 });

    private static Table Table(TableBlock block, InlineRenderer renderer, PartLinks links)
    {
        var columns = block.Rows.Count == 0 ? 0 : block.Rows.Max(r => r.Count);
        var width = columns == 0 ? 0 : 9072 / columns;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto },
                new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = true, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })));
        for (var r = 0; r < block.Rows.Count; r++)
        {
            var row = new TableRow();
            if (r == 0)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in block.Rows[r])
            {
                row.Append(new TableCell(
                    new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                    renderer.Paragraph(style: null, cell, links)));
            }

            table.Append(row);
        }

        return table;
    }

    private abstract record Block;

    private sealed record ParagraphBlock(string? Style, IReadOnlyList<Inline> Content) : Block;

    private sealed record TableBlock(IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows) : Block;
}
