using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Citaties.SampleDocx.Samples;

/// <summary>What a paragraph of a plain-text draft is.</summary>
public enum DraftParagraphKind
{
    /// <summary>The title (the first block, up to a line in parentheses).</summary>
    Title,

    /// <summary>The citation title in parentheses under the title.</summary>
    Subtitle,

    /// <summary>A part of the draft in capitals: VOORSTEL VAN WET, MEMORIE VAN TOELICHTING.</summary>
    Heading1,

    /// <summary>An article or section heading: a single short line without closing punctuation.</summary>
    Heading2,

    /// <summary>The letter of an amending item (A, B, ...).</summary>
    ItemLetter,

    /// <summary>Running text.</summary>
    Body,
}

/// <summary>A paragraph of a plain-text draft.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Text">Its text, wrapped lines joined by a space.</param>
public sealed record DraftParagraph(DraftParagraphKind Kind, string Text);

/// <summary>
/// Reads a draft written as plain text (blank lines between blocks, lines wrapped at about 100 characters)
/// into paragraphs. Every line of the text is a substring of exactly one paragraph.
/// </summary>
public static partial class DraftText
{
    /// <summary>The paragraphs of <paramref name="text"/>.</summary>
    public static IReadOnlyList<DraftParagraph> Parse(string text)
    {
        var paragraphs = new List<DraftParagraph>();
        var blocks = Blocks(text);
        for (var b = 0; b < blocks.Count; b++)
        {
            var lines = blocks[b];
            if (b == 0)
            {
                var title = lines.TakeWhile(l => !l.StartsWith('(')).ToList();
                paragraphs.Add(new DraftParagraph(DraftParagraphKind.Title, string.Join(" ", title)));
                paragraphs.AddRange(lines.Skip(title.Count).Select(l => new DraftParagraph(DraftParagraphKind.Subtitle, l)));
            }
            else if (lines.Count == 1 && ItemLetter().IsMatch(lines[0]))
            {
                paragraphs.Add(new DraftParagraph(DraftParagraphKind.ItemLetter, lines[0]));
            }
            else if (lines.Count == 1 && IsPartHeading(lines[0]))
            {
                paragraphs.Add(new DraftParagraph(DraftParagraphKind.Heading1, lines[0]));
            }
            else if (lines.Count == 1 && IsSectionHeading(lines[0]))
            {
                paragraphs.Add(new DraftParagraph(DraftParagraphKind.Heading2, lines[0]));
            }
            else
            {
                paragraphs.AddRange(BodyParagraphs(lines));
            }
        }

        return paragraphs;
    }

    private static List<List<string>> Blocks(string text)
    {
        var blocks = new List<List<string>>();
        var current = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                if (current.Count > 0)
                {
                    blocks.Add(current);
                    current = new List<string>();
                }

                continue;
            }

            current.Add(line);
        }

        if (current.Count > 0)
        {
            blocks.Add(current);
        }

        return blocks;
    }

    // A numbered line ("2. Er wordt ...", "3. De artikelen ...") starts a new paragraph (a member of a list
    // or a new lid); any other line continues the one before it.
    private static IEnumerable<DraftParagraph> BodyParagraphs(List<string> lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            if (current.Count > 0 && NumberedLine().IsMatch(line))
            {
                yield return new DraftParagraph(DraftParagraphKind.Body, string.Join(" ", current));
                current.Clear();
            }

            current.Add(line);
        }

        yield return new DraftParagraph(DraftParagraphKind.Body, string.Join(" ", current));
    }

    private static bool IsPartHeading(string line) =>
        line.Any(char.IsLetter) && line.All(c => !char.IsLetter(c) || char.IsUpper(c)) && line.Length > 1;

    private static bool IsSectionHeading(string line) =>
        line.Length <= 60 && !".:,;".Contains(line[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^\d+\.\s")]
    private static partial Regex NumberedLine();

    [GeneratedRegex(@"^[A-Z]{1,2}$")]
    private static partial Regex ItemLetter();
}
