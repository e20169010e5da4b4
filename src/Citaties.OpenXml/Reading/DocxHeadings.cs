using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Reading;

/// <summary>
/// The heading each paragraph stands under: the nearest paragraph above it in the same part that Word shows in the
/// navigation pane, i.e. one with an outline level, set on the paragraph or on its style (the built-in "heading 1"
/// to "heading 9", "Kop 1" in a Dutch Word, and styles based on them). A finding in a long draft is found by its
/// heading sooner than by its paragraph number.
/// </summary>
internal static class DocxHeadings
{
    // Word's outline levels are 0-8; 9 is "body text".
    private const int BodyTextLevel = 9;

    /// <summary>For every paragraph of <paramref name="text"/> that stands under a heading, that heading's text.</summary>
    public static IReadOnlyDictionary<DocxParagraph, string> Of(WordprocessingDocument document, DocxText text)
    {
        var headingStyles = HeadingStyles(document.MainDocumentPart?.StyleDefinitionsPart?.Styles);
        var result = new Dictionary<DocxParagraph, string>();
        string? part = null;
        string? current = null;
        foreach (var paragraph in text.Paragraphs)
        {
            if (!string.Equals(paragraph.PartUri, part, StringComparison.Ordinal))
            {
                part = paragraph.PartUri;
                current = null;
            }

            if (current is not null)
            {
                result[paragraph] = current;
            }

            if (IsHeading(paragraph.Element, headingStyles))
            {
                var heading = text.Text.Substring(paragraph.Span.Start, paragraph.Span.Length).Trim();
                current = heading.Length > 0 ? heading : current;
            }
        }

        return result;
    }

    private static bool IsHeading(Paragraph paragraph, HashSet<string> headingStyles)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } level)
        {
            return level < BodyTextLevel;
        }

        return properties?.ParagraphStyleId?.Val?.Value is { } style && headingStyles.Contains(style);
    }

    // The ids of paragraph styles with an outline level, directly or through the styles they are based on.
    private static HashSet<string> HeadingStyles(Styles? styles)
    {
        var byId = (styles?.Elements<Style>() ?? Enumerable.Empty<Style>())
            .Where(s => s.StyleId?.Value is not null && (s.Type is null || s.Type.Value == StyleValues.Paragraph))
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in byId.Keys)
        {
            if (LevelOf(id, byId) is { } level && level < BodyTextLevel)
            {
                result.Add(id);
            }
        }

        return result;
    }

    private static int? LevelOf(string id, Dictionary<string, Style> byId)
    {
        // A bounded walk: a damaged file may base styles on each other in a circle.
        for (var depth = 0; depth < 16 && byId.TryGetValue(id, out var style); depth++)
        {
            if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level;
            }

            if (style.BasedOn?.Val?.Value is not { } basedOn)
            {
                return null;
            }

            id = basedOn;
        }

        return null;
    }
}
