using System;
using System.Collections.Generic;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.SampleDocx.Building;

/// <summary>
/// Turns <see cref="Inline"/> content into WordprocessingML. Keeps the counters that must be unique in a
/// document (footnote, revision, drawing ids) and collects footnotes and hyperlink targets, so that one
/// document always gets the same ids in the same order.
/// </summary>
internal sealed class InlineRenderer
{
    private readonly string author;
    private readonly DateTime date;
    private int nextRevisionId = 1;
    private int nextTextBox = 1;

    public InlineRenderer(string author, DateTime date)
    {
        this.author = author;
        this.date = date;
    }

    /// <summary>The footnotes met so far, with ids from 1.</summary>
    public List<Footnote> Footnotes { get; } = new();

    /// <summary>A paragraph in <paramref name="style"/> (null: Normal) holding <paramref name="content"/>.</summary>
    public Paragraph Paragraph(string? style, IEnumerable<Inline> content, PartLinks links)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        foreach (var inline in content)
        {
            foreach (var element in Render(inline, links))
            {
                paragraph.Append(element);
            }
        }

        return paragraph;
    }

    private IEnumerable<OpenXmlElement> Render(Inline inline, PartLinks links)
    {
        switch (inline)
        {
            case TextRun text:
                yield return Run(text.Value, text.Format, style: null);
                break;
            case LinkRun link:
                yield return new Hyperlink(Run(link.Value, RunFormat.None, "Hyperlink")) { Id = links.Add(link.Target), History = true };
                break;
            case TrackedInsertion insertion:
                var inserted = new InsertedRun { Id = NextRevisionId(), Author = author, Date = date };
                foreach (var run in insertion.Runs)
                {
                    inserted.Append(Run(run.Value, run.Format, style: null));
                }

                yield return inserted;
                break;
            case TrackedDeletion deletion:
                yield return new DeletedRun(new Run(new DeletedText(deletion.Value) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    Id = NextRevisionId(), Author = author, Date = date,
                };
                break;
            case FootnoteMark footnote:
                yield return Footnote(footnote);
                break;
            case TextBoxAnchor box:
                var paragraphs = new List<Paragraph>();
                foreach (var content in box.Paragraphs)
                {
                    paragraphs.Add(Paragraph(style: null, content, links));
                }

                yield return TextBoxMarkup.Create(nextTextBox++, paragraphs);
                break;
            case PageField page:
                yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Begin });
                yield return new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve });
                yield return new Run(new FieldChar { FieldCharType = FieldCharValues.Separate });
                yield return Run(page.Shown, RunFormat.None, style: null);
                yield return new Run(new FieldChar { FieldCharType = FieldCharValues.End });
                break;
            default:
                throw new ArgumentException("Unknown inline content " + inline.GetType().Name, nameof(inline));
        }
    }

    // The reference in the text, and the footnote itself (in the footnotes part) starting with its own mark.
    private Run Footnote(FootnoteMark mark)
    {
        var id = Footnotes.Count + 1;
        var note = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "FootnoteText" }),
            new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark()),
            new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }));
        foreach (var inline in mark.Content)
        {
            foreach (var element in Render(inline, FootnoteLinks))
            {
                note.Append(element);
            }
        }

        Footnotes.Add(new Footnote(note) { Id = id });
        return new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id });
    }

    /// <summary>The hyperlink targets of the footnotes part.</summary>
    public PartLinks FootnoteLinks { get; } = new();

    private string NextRevisionId() => (nextRevisionId++).ToString(CultureInfo.InvariantCulture);

    private static Run Run(string text, RunFormat format, string? style)
    {
        var run = new Run();
        if (format != RunFormat.None || style is not null)
        {
            var properties = new RunProperties();
            if (style is not null)
            {
                properties.Append(new RunStyle { Val = style });
            }

            if (format.HasFlag(RunFormat.Bold))
            {
                properties.Append(new Bold());
            }

            if (format.HasFlag(RunFormat.Italic))
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}

/// <summary>The hyperlink targets of one part, with relationship ids in the order they were met.</summary>
internal sealed class PartLinks
{
    private readonly List<(string Id, Uri Target)> targets = new();

    public IReadOnlyList<(string Id, Uri Target)> Targets => targets;

    public string Add(Uri target)
    {
        var id = "rIdLink" + (targets.Count + 1).ToString(CultureInfo.InvariantCulture);
        targets.Add((id, target));
        return id;
    }
}
