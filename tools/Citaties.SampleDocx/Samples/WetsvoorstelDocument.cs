using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.SampleDocx.Building;

namespace Citaties.SampleDocx.Samples;

/// <summary>
/// samples/wetsvoorstel.docx: the draft bill of samples/wetsvoorstel.txt laid out as a Word draft, with
/// citations placed where a reader of .docx files goes wrong: split over runs with mixed formatting, in a
/// footnote, a table cell, the header, a text box (DrawingML with a VML fallback), and a tracked insertion
/// next to a tracked deletion. Every line of the text file is kept verbatim in one paragraph.
/// </summary>
public static class WetsvoorstelDocument
{
    /// <summary>The author of the draft and of its tracked changes.</summary>
    public const string Author = "Directie Wetgeving";

    /// <summary>The fixed date of the draft and of its tracked changes.</summary>
    public static readonly DateTime Date = new(2026, 11, 2, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>The header, on every page.</summary>
    public const string HeaderText = "Concept 2 november 2026 \u2013 wijziging van BWBR0001903 (Wetboek van Strafvordering)";

    /// <summary>The second paragraph of the text box (the first is its title).</summary>
    public const string TextBoxText = "Artikel 125p Sv staat in de geldende tekst van BWBR0001903, geraadpleegd op 1 november 2026.";

    /// <summary>The footnote on the definition of Sv.</summary>
    public const string FootnoteText = "Wetboek van Strafvordering, geldende tekst: BWBR0001903, zie wetten.overheid.nl.";

    /// <summary>The text that is a tracked insertion, replacing a deleted older reference.</summary>
    public const string InsertedText = "Stcrt. 2022, 15820. De geldende tekst is BWBR0005537.";

    /// <summary>The deleted text the insertion replaces; a reader must not see it.</summary>
    public const string DeletedText = "Stcrt. 2021, 9876.";

    /// <summary>The caption of the table.</summary>
    public const string TableCaption = "Tabel 1. Omzetting van artikel 9 van de Digital Services Act";

    /// <summary>Builds the document from the text of samples/wetsvoorstel.txt.</summary>
    /// <exception cref="InvalidOperationException">A place where the document adds something is no longer in the text.</exception>
    public static DraftBuilder Build(string text)
    {
        var paragraphs = DraftText.Parse(text);
        var title = paragraphs.First(p => p.Kind == DraftParagraphKind.Title).Text;
        var draft = new DraftBuilder(title, Author, Date)
            .Header(Inline.Text("Concept 2 november 2026 \u2013 wijziging van "), Inline.Text("BWBR"), Inline.Italic("0001903"), Inline.Text(" (Wetboek van Strafvordering)"))
            .Footer(Inline.Text("Pagina "), new PageField("1"));
        var decorations = Decorations();
        foreach (var paragraph in paragraphs)
        {
            var content = Decorate(paragraph.Text, decorations);
            switch (paragraph.Kind)
            {
                case DraftParagraphKind.Title:
                    draft.Paragraph("Title", content);
                    break;
                case DraftParagraphKind.Subtitle:
                    draft.Paragraph("Subtitle", content);
                    break;
                case DraftParagraphKind.Heading1:
                case DraftParagraphKind.Heading2:
                    draft.Paragraph(paragraph.Kind == DraftParagraphKind.Heading1 ? "Heading1" : "Heading2", content);
                    break;
                case DraftParagraphKind.ItemLetter:
                    draft.Paragraph(Inline.Bold(paragraph.Text));
                    break;
                default:
                    draft.Paragraph(null, content);
                    break;
            }

            if (paragraph.Text.StartsWith("Verordening (EU) 2022/2065 (Digital Services Act", StringComparison.Ordinal))
            {
                draft.Paragraph(Inline.Italic(TableCaption));
                draft.Table(TransposingTable());
            }
        }

        if (decorations.Count > 0)
        {
            throw new InvalidOperationException("Not found in the text: " + string.Join(", ", decorations.Select(d => '"' + d.Key + '"')));
        }

        return draft;
    }

    /// <summary>Reads <paramref name="textPath"/> and writes the document to <paramref name="docxPath"/>.</summary>
    public static void Write(string textPath, string docxPath)
    {
        var bytes = Build(File.ReadAllText(textPath)).ToArray();
        File.WriteAllBytes(docxPath, bytes);
    }

    // What is added where, keyed by text that occurs once in the draft; each is used at its first occurrence.
    private static Dictionary<string, Inline[]> Decorations() => new(StringComparer.Ordinal)
    {
        // Citations typed in pieces, as happens when a draft is edited: two or three runs, bold and italic.
        ["Kamerstukken II 2023/24, 28 684, nr. 745"] = new[] { Inline.Text("Kamerstukken II "), Inline.Bold("2023/24, 28 684"), Inline.Italic(", nr. 745") },
        ["Handelingen II 2023/24, nr. 34, item 12"] = new[] { Inline.Italic("Handelingen"), Inline.Text(" II 2023/24, nr. 34, item 12") },
        ["ECLI:NL:HR:2016:162"] = new[] { Inline.Text("ECLI:NL:"), Inline.Bold("HR:2016:162") },
        ["artikel 6:162 BW"] = new[] { Inline.Text("artikel "), Inline.Italic("6:162"), Inline.Text(" BW") },
        ["Verordening (EU) 2022/2065"] = new[] { Inline.Bold("Verordening (EU)"), Inline.Bold(" 2022/"), Inline.Italic("2065") },

        // A footnote on the definition of the abbreviation, itself holding a citation split over runs and a link.
        ["(hierna: Sv)"] = new Inline[]
        {
            Inline.Text("(hierna: Sv)"),
            new FootnoteMark(new[]
            {
                Inline.Text("Wetboek van Strafvordering, geldende tekst: "), Inline.Text("BWBR"), Inline.Italic("0001903"), Inline.Text(", zie "),
                new LinkRun("wetten.overheid.nl", new Uri("https://wetten.overheid.nl/BWBR0001903")), Inline.Text("."),
            }),
        },

        // A text box floating at the start of the explanation of article I.
        ["Het eerste lid van artikel 125p Sv"] = new Inline[]
        {
            new TextBoxAnchor(new IReadOnlyList<Inline>[]
            {
                new[] { Inline.Bold("Geldende tekst") },
                new[] { Inline.Text("Artikel 125p Sv staat in de geldende tekst van "), Inline.Bold("BWBR0001903"), Inline.Text(", geraadpleegd op 1 november 2026.") },
            }),
            Inline.Text("Het eerste lid van artikel 125p Sv"),
        },

        // An older reference deleted and the new one inserted, both as tracked changes of the author.
        ["Stcrt. 2022, 15820."] = new Inline[]
        {
            new TrackedDeletion(DeletedText),
            new TrackedInsertion(new[] { new TextRun("Stcrt. 2022, 15820.", RunFormat.None), new TextRun(" De geldende tekst is BWBR0005537.", RunFormat.None) }),
        },
    };

    private static IReadOnlyList<IReadOnlyList<Inline>>[] TransposingTable() => new IReadOnlyList<IReadOnlyList<Inline>>[]
    {
        new IReadOnlyList<Inline>[] { new[] { Inline.Bold("Verordening (EU) 2022/2065") }, new[] { Inline.Bold("Dit wetsvoorstel") }, new[] { Inline.Bold("Geldende tekst") } },
        new IReadOnlyList<Inline>[] { new[] { Inline.Text("artikel 9, eerste lid") }, new[] { Inline.Text("artikel I, onderdeel A") }, new[] { Inline.Text("artikel 125p Sv, BWBR0001903") } },
        new IReadOnlyList<Inline>[] { new[] { Inline.Text("artikel 9, tweede lid") }, new[] { Inline.Text("artikel II") }, new[] { Inline.Text("artikel 6 Awb, "), Inline.Text("BWBR"), Inline.Bold("0005537") } },
    };

    // The paragraph's text as runs, with each decoration whose key occurs in it put in place of the key.
    private static List<Inline> Decorate(string text, Dictionary<string, Inline[]> decorations)
    {
        var found = decorations
            .Select(d => (d.Key, Index: text.IndexOf(d.Key, StringComparison.Ordinal), Content: d.Value))
            .Where(d => d.Index >= 0)
            .OrderBy(d => d.Index)
            .ToList();
        var content = new List<Inline>();
        var position = 0;
        foreach (var (key, index, inlines) in found)
        {
            if (index < position)
            {
                continue;
            }

            if (index > position)
            {
                content.Add(Inline.Text(text[position..index]));
            }

            content.AddRange(inlines);
            position = index + key.Length;
            decorations.Remove(key);
        }

        if (position < text.Length || content.Count == 0)
        {
            content.Add(Inline.Text(text[position..]));
        }

        return content;
    }
}
