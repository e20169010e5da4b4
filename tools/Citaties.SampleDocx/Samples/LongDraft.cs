using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Citaties.SampleDocx.Building;

namespace Citaties.SampleDocx.Samples;

/// <summary>
/// A long generated draft (about 100 pages at the default size) of legal-looking text: chapters, articles,
/// short paragraphs citing parliamentary papers, legislation, case law, gazettes, EU acts and BWB ids, a
/// quarter of the citations split over two or three runs with mixed formatting, and now and then a
/// footnote, a table, a text box and a tracked change. The same size and seed always give the same document.
/// </summary>
public static class LongDraft
{
    /// <summary>The number of paragraphs of a draft of about 100 pages.</summary>
    public const int DefaultParagraphs = 3500;

    /// <summary>Citations of every kind Citaties knows, in the forms drafts use.</summary>
    public static IReadOnlyList<string> Citations { get; } = new[]
    {
        "Kamerstukken II 2023/24, 28 684, nr. 745", "Kamerstukken I 2019/20, 35 165, C, p. 4", "Kamerstuk 36 200 VI, nr. 12",
        "Handelingen II 2023/24, nr. 34, item 12", "Handelingen I 2020/21, nr. 8, p. 3", "Aanhangsel Handelingen II 2019/20, nr. 3645",
        "artikel 6:162 BW", "artikel 125p Sv", "artikel 3:4, tweede lid, Awb", "art. 8 EVRM", "artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht",
        "ECLI:NL:HR:2016:162", "ECLI:NL:RVS:2019:1604", "ECLI:EU:C:2014:238", "LJN: BV9811",
        "Stb. 2021, 35", "Stcrt. 2022, 15820", "Trb. 2019, 12",
        "Verordening (EU) 2022/2065", "Richtlijn 2000/31/EG", "CELEX 32022R2065",
        "BWBR0001903", "BWBR0005537", "BWBR0005289", "jci1.3:c:BWBR0001903&artikel=125p", "kst-28684-745",
    };

    private static readonly string[] CitingSentences =
    {
        "Op grond van {0} is de minister bevoegd nadere regels te stellen.",
        "De Afdeling overweegt dat {0} in dit geval niet van toepassing is.",
        "Zoals de regering eerder heeft toegelicht ({0}), strekt deze bepaling tot bescherming van betrokkenen.",
        "Het bepaalde in {0} blijft onverminderd van kracht.",
        "Dit volgt uit {0}.",
        "Voor de verhouding tot het bestuursrecht wordt verwezen naar {0}.",
        "De toets sluit aan bij de maatstaf van {0}.",
        "In {0} is deze vraag uitdrukkelijk opengelaten.",
    };

    private static readonly string[] PlainSentences =
    {
        "De bevoegdheid wordt uitgeoefend met inachtneming van de beginselen van proportionaliteit en subsidiariteit.",
        "Het bestuursorgaan neemt daarbij de belangen van derden in acht.",
        "De rechter-commissaris beslist binnen veertien dagen.",
        "Een afschrift van het bevel wordt aan de aanbieder uitgereikt.",
        "De termijn kan eenmaal met ten hoogste vier weken worden verlengd.",
        "Tegen de beslissing staat beroep open.",
    };

    private static readonly string[] Topics =
    {
        "Algemene bepalingen", "Bevoegdheden", "Rechtsbescherming", "Toezicht en handhaving", "Gegevensverwerking", "Overgangsrecht", "Slotbepalingen",
    };

    /// <summary>A draft of at least <paramref name="paragraphs"/> body paragraphs (headings included, table cells not).</summary>
    public static DraftBuilder Create(int paragraphs = DefaultParagraphs, int seed = 20261125)
    {
        var random = new Random(seed);
        var draft = new DraftBuilder("Wet versterking rechtsbescherming (lange versie)", WetsvoorstelDocument.Author, WetsvoorstelDocument.Date)
            .Header(Inline.Text("Concept \u2013 wijziging van "), Inline.Text("BWBR"), Inline.Bold("0001903"))
            .Footer(Inline.Text("Pagina "), new PageField("1"));
        var chapter = 0;
        var article = 0;
        var index = 0;
        while (draft.ParagraphCount < paragraphs)
        {
            if (index % 120 == 0)
            {
                chapter++;
                draft.Heading(1, $"Hoofdstuk {chapter}. {Topics[(chapter - 1) % Topics.Length]}");
            }

            if (index % 10 == 0)
            {
                article++;
                draft.Heading(2, "Artikel " + article.ToString(CultureInfo.InvariantCulture));
            }

            draft.Paragraph(null, BodyParagraph(random, index));
            if (index % 400 == 399)
            {
                draft.Paragraph(Inline.Italic($"Tabel {(index / 400) + 1}. Samenloop met andere regelingen"));
                draft.Table(Table(random));
            }

            index++;
        }

        return draft;
    }

    private static List<Inline> BodyParagraph(Random random, int index)
    {
        var content = new List<Inline>();
        if (index % 700 == 350)
        {
            content.Add(new TextBoxAnchor(new IReadOnlyList<Inline>[]
            {
                new[] { Inline.Bold("Kader") },
                Citation(random, "Zie ook {0}.", split: false),
            }));
        }

        var sentences = 1 + (random.Next(3) == 0 ? 1 : 0);
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                content.Add(Inline.Text(" "));
            }

            if (random.Next(3) == 0)
            {
                content.Add(Inline.Text(PlainSentences[random.Next(PlainSentences.Length)]));
            }
            else
            {
                content.AddRange(Citation(random, CitingSentences[random.Next(CitingSentences.Length)], split: random.Next(4) == 0));
            }
        }

        if (index % 25 == 12)
        {
            content.Add(new FootnoteMark(Citation(random, "Vgl. {0}.", split: random.Next(2) == 0)));
        }

        if (index % 150 == 75)
        {
            content.Add(new TrackedDeletion(" Deze zin is vervallen."));
            content.Add(new TrackedInsertion(new[] { new TextRun(" Zie nader ", RunFormat.None), new TextRun(Pick(random), RunFormat.None), new TextRun(".", RunFormat.None) }));
        }

        return content;
    }

    private static IEnumerable<IReadOnlyList<IReadOnlyList<Inline>>> Table(Random random)
    {
        yield return new IReadOnlyList<Inline>[] { new[] { Inline.Bold("Onderwerp") }, new[] { Inline.Bold("Vindplaats") } };
        foreach (var topic in Topics.Take(4))
        {
            yield return new IReadOnlyList<Inline>[] { new[] { Inline.Text(topic) }, Citation(random, "{0}", split: random.Next(3) == 0) };
        }
    }

    // The sentence with a citation in place of {0}; when split, the citation is typed in two or three runs
    // cut at random places, each bold, italic or plain.
    private static List<Inline> Citation(Random random, string sentence, bool split)
    {
        var citation = Pick(random);
        var at = sentence.IndexOf("{0}", StringComparison.Ordinal);
        var content = new List<Inline>();
        if (at > 0)
        {
            content.Add(Inline.Text(sentence[..at]));
        }

        if (split && citation.Length >= 4)
        {
            var pieces = 2 + random.Next(2);
            var cuts = Enumerable.Range(0, pieces - 1).Select(_ => 1 + random.Next(citation.Length - 1)).Distinct().OrderBy(c => c).ToList();
            var start = 0;
            foreach (var cut in cuts.Append(citation.Length))
            {
                content.Add(new TextRun(citation[start..cut], (RunFormat)random.Next(4)));
                start = cut;
            }
        }
        else
        {
            content.Add(Inline.Text(citation));
        }

        var rest = sentence[(at + 3)..];
        if (rest.Length > 0)
        {
            content.Add(Inline.Text(rest));
        }

        return content;
    }

    private static string Pick(Random random) => Citations[random.Next(Citations.Count)];
}
