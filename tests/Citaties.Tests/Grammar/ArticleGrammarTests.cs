using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class ArticleGrammarTests
{
    internal static ArticleCitation Single(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citations, Has.Count.EqualTo(1), "one citation");
        return (ArticleCitation)result.Citation!;
    }

    internal static IReadOnlyList<ArticleCitation> All(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        return result.Citations.Cast<ArticleCitation>().ToList();
    }

    [TestCase("artikel 125p Sv", "125p", "Sv", "artikel 125p Sv", "art. 125p Sv")]
    [TestCase("art. 6:162 BW", "6:162", "BW", "artikel 6:162 BW", "art. 6:162 BW")]
    [TestCase("artikel 1:3 Awb", "1:3", "Awb", "artikel 1:3 Awb", "art. 1:3 Awb")]
    [TestCase("artikel 2.1 Wet IB 2001", "2.1", "Wet IB 2001", "artikel 2.1 Wet IB 2001", "art. 2.1 Wet IB 2001")]
    [TestCase("artikel 13bis Wet LB 1964", "13bis", "Wet LB 1964", "artikel 13bis Wet LB 1964", "art. 13bis Wet LB 1964")]
    [TestCase("artikel 5 Wet RO", "5", "Wet RO", "artikel 5 Wet RO", "art. 5 Wet RO")]
    [TestCase("artikel 19 Iw 1990", "19", "Iw 1990", "artikel 19 Iw 1990", "art. 19 Iw 1990")]
    [TestCase("art. 7A:1576 BW", "7A:1576", "BW", "artikel 7A:1576 BW", "art. 7A:1576 BW")]
    [TestCase("artikel 28 DSA", "28", "DSA", "artikel 28 DSA", "art. 28 DSA")]
    [TestCase("artikel 6 EVRM", "6", "EVRM", "artikel 6 EVRM", "art. 6 EVRM")]
    [TestCase("artikel 8 EVRM", "8", "EVRM", "artikel 8 EVRM", "art. 8 EVRM")]
    [TestCase("artikel 267 VWEU", "267", "VWEU", "artikel 267 VWEU", "art. 267 VWEU")]
    [TestCase("Artikel 15 van de DSA", "15", "DSA", "Artikel 15 DSA", "Art. 15 DSA")]
    [TestCase("artikel 10, tweede lid, Wob", "10", "Wob", "artikel 10, tweede lid, Wob", "art. 10 lid 2 Wob")]
    public void Parses_an_article_with_an_abbreviated_law(string text, string article, string law, string canonical, string literature)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo(article));
            Assert.That(c.LawText, Is.EqualTo(law));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.Abbreviation));
            Assert.That(c.Law, Is.Null);
            Assert.That(c.Canonical, Is.EqualTo(canonical));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo(literature));
            Assert.That(c.Links, Is.Empty);
        });
    }

    [TestCase("artikel 10.6ter", "10.6ter")]
    [TestCase("artikel 5.3.1", "5.3.1")]
    [TestCase("artikel 3.119c", "3.119c")]
    [TestCase("artikel 552i", "552i")]
    [TestCase("Artikel I", "I")]
    [TestCase("artikel XIV", "XIV")]
    [TestCase("art.6", "6")]
    [TestCase("artikel 90 sexies", "90sexies")]
    [TestCase("artikel 509u bis", "509ubis")]
    public void Parses_article_labels(string text, string label)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo(label));
            Assert.That(c.Articles, Is.EqualTo(new[] { new ArticleItem(label) }));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.None));
            Assert.That(c.LawText, Is.Null);
        });
    }

    // "ter" is also a Dutch word: "artikel 12 ter uitvoering van ..." is artikel 12.
    [TestCase("artikel 12 ter uitvoering van de wet", "12")]
    [TestCase("artikel 5 bisschop", "5")]
    public void Takes_a_spaced_latin_suffix_only_when_it_is_one(string text, string label)
    {
        var c = CitationFinder.Extract(text).OfType<ArticleCitation>().Single();

        Assert.That(c.Article, Is.EqualTo(label));
    }

    [Test]
    public void Parses_the_sole_article_of_a_regeling()
    {
        var c = Single("Enig artikel");

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo("Enig artikel"));
            Assert.That(c.Keyword, Is.EqualTo("Enig artikel"));
            Assert.That(c.Canonical, Is.EqualTo("Enig artikel"));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("Enig artikel"));
        });
    }

    [Test]
    public void Parses_an_amending_article_with_an_upper_case_onderdeel()
    {
        var c = Single("Artikel I, onderdeel A");

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo("I"));
            Assert.That(c.Parts, Is.EqualTo(new[] { "A" }));
            Assert.That(c.PartStyle, Is.EqualTo(PartStyle.Onderdeel));
            Assert.That(c.Canonical, Is.EqualTo("Artikel I, onderdeel A"));
        });
    }

    [TestCase("artikel 5, eerste lid", new[] { "1" }, ParagraphStyle.Ordinal, "artikel 5, eerste lid", "art. 5 lid 1")]
    [TestCase("artikel 5, eerste en derde lid", new[] { "1", "3" }, ParagraphStyle.Ordinal, "artikel 5, eerste en derde lid", "art. 5 leden 1 en 3")]
    [TestCase("artikel 5, eerste, tweede en vierde lid", new[] { "1", "2", "4" }, ParagraphStyle.Ordinal, "artikel 5, eerste, tweede en vierde lid", "art. 5 leden 1, 2 en 4")]
    [TestCase("artikel 5, tweede tot en met vierde lid", new[] { "2", "3", "4" }, ParagraphStyle.Ordinal, "artikel 5, tweede tot en met vierde lid", "art. 5 leden 2 t/m 4")]
    [TestCase("artikel 5, eenentwintigste lid", new[] { "21" }, ParagraphStyle.Ordinal, "artikel 5, eenentwintigste lid", "art. 5 lid 21")]
    [TestCase("artikel 5, tweeëntwintigste lid", new[] { "22" }, ParagraphStyle.Ordinal, "artikel 5, tweeëntwintigste lid", "art. 5 lid 22")]
    [TestCase("artikel 5 lid 4", new[] { "4" }, ParagraphStyle.Number, "artikel 5, vierde lid", "art. 5 lid 4")]
    [TestCase("artikel 5, lid 2", new[] { "2" }, ParagraphStyle.Number, "artikel 5, tweede lid", "art. 5 lid 2")]
    [TestCase("artikel 5 leden 1 en 3", new[] { "1", "3" }, ParagraphStyle.Number, "artikel 5, eerste en derde lid", "art. 5 leden 1 en 3")]
    [TestCase("artikel 5 leden 2 t/m 4", new[] { "2", "3", "4" }, ParagraphStyle.Number, "artikel 5, tweede tot en met vierde lid", "art. 5 leden 2 t/m 4")]
    [TestCase("artikel 5, lid 2a", new[] { "2a" }, ParagraphStyle.Number, "artikel 5, lid 2a", "art. 5 lid 2a")]
    public void Parses_leden(string text, string[] paragraphs, ParagraphStyle style, string canonical, string literature)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Paragraphs, Is.EqualTo(paragraphs));
            Assert.That(c.ParagraphStyle, Is.EqualTo(style));
            Assert.That(c.Canonical, Is.EqualTo(canonical));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo(literature));
        });
    }

    [TestCase("artikel 8, onderdeel c", new[] { "c" }, new string[0], PartStyle.Onderdeel, false, "artikel 8, onderdeel c", "art. 8 onder c")]
    [TestCase("artikel 5, onder b", new[] { "b" }, new string[0], PartStyle.Onder, false, "artikel 5, onder b", "art. 5 onder b")]
    [TestCase("artikel 5 sub c", new[] { "c" }, new string[0], PartStyle.Sub, false, "artikel 5, onderdeel c", "art. 5 onder c")]
    [TestCase("artikel 5, letter b", new[] { "b" }, new string[0], PartStyle.Letter, false, "artikel 5, onderdeel b", "art. 5 onder b")]
    [TestCase("artikel 5, onderdelen a en b", new[] { "a", "b" }, new string[0], PartStyle.Onderdeel, false, "artikel 5, onderdelen a en b", "art. 5 onder a en b")]
    [TestCase("artikel 10, onderdeel a, onder 2°", new[] { "a" }, new[] { "2°" }, PartStyle.Onderdeel, false, "artikel 10, onderdeel a, onder 2°", "art. 10 onder a sub 2°")]
    [TestCase("artikel 10, onder 2°", new string[0], new[] { "2°" }, PartStyle.None, false, "artikel 10, onder 2°", "art. 10 onder 2°")]
    [TestCase("artikel 10 sub 1°", new string[0], new[] { "1°" }, PartStyle.None, false, "artikel 10, onder 1°", "art. 10 onder 1°")]
    [TestCase("artikel 9, eerste lid, aanhef en onderdeel b", new[] { "b" }, new string[0], PartStyle.Onderdeel, true, "artikel 9, eerste lid, aanhef en onderdeel b", "art. 9 lid 1 aanhef en onder b")]
    [TestCase("artikel 9, aanhef en onder d", new[] { "d" }, new string[0], PartStyle.Onder, true, "artikel 9, aanhef en onder d", "art. 9 aanhef en onder d")]
    public void Parses_onderdelen(string text, string[] parts, string[] subparts, PartStyle style, bool aanhef, string canonical, string literature)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Parts, Is.EqualTo(parts));
            Assert.That(c.Subparts, Is.EqualTo(subparts));
            Assert.That(c.PartStyle, Is.EqualTo(style));
            Assert.That(c.Aanhef, Is.EqualTo(aanhef));
            Assert.That(c.Canonical, Is.EqualTo(canonical));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo(literature));
        });
    }

    [Test]
    public void Records_the_word_before_a_subonderdeel()
    {
        Assert.That(Single("artikel 10 sub 1°").SubpartStyle, Is.EqualTo(PartStyle.Sub));
        Assert.That(Single("artikel 10, onder 2°").SubpartStyle, Is.EqualTo(PartStyle.Onder));
    }

    [Test]
    public void Parses_the_full_regeling_form_with_a_title()
    {
        var c = Single("artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht");

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo("6"));
            Assert.That(c.Paragraphs, Is.EqualTo(new[] { "4" }));
            Assert.That(c.Parts, Is.EqualTo(new[] { "c" }));
            Assert.That(c.LawText, Is.EqualTo("Algemene wet bestuursrecht"));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.Title));
            Assert.That(c.LawPreposition, Is.EqualTo("van de"));
            Assert.That(c.Canonical, Is.EqualTo("artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht"));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("art. 6 lid 4 onder c Algemene wet bestuursrecht"));
        });
    }

    [Test]
    public void Uses_a_resolved_abbreviation_in_literature_and_a_resolved_title_in_a_regeling()
    {
        var titled = Single("artikel 6, vierde lid, onderdeel c, van de Algemene wet bestuursrecht")
            with { Law = new LawReference { Abbreviation = "Awb", Title = "Algemene wet bestuursrecht", Bwb = "BWBR0005537" } };
        var abbreviated = Single("artikel 10, tweede lid, Wob")
            with { Law = new LawReference { Abbreviation = "Wob", Title = "Wet openbaarheid van bestuur", Bwb = "BWBR0005252" } };

        Assert.Multiple(() =>
        {
            Assert.That(titled.Format(ArticleStyle.Literature), Is.EqualTo("art. 6 lid 4 onder c Awb"));
            Assert.That(abbreviated.Format(ArticleStyle.Regeling), Is.EqualTo("artikel 10, tweede lid, van de Wet openbaarheid van bestuur"));
            Assert.That(abbreviated.Canonical, Is.EqualTo("artikel 10, tweede lid, Wob"));
        });
    }

    [Test]
    public void Parses_a_title_not_in_any_catalog()
    {
        var c = Single("artikel 6, lid 4, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal");

        Assert.Multiple(() =>
        {
            Assert.That(c.Paragraphs, Is.EqualTo(new[] { "4" }));
            Assert.That(c.ParagraphStyle, Is.EqualTo(ParagraphStyle.Number));
            Assert.That(c.Parts, Is.EqualTo(new[] { "c" }));
            Assert.That(c.LawText, Is.EqualTo("Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal"));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.Title));
            Assert.That(c.Canonical, Is.EqualTo("artikel 6, vierde lid, onderdeel c, van de Wet bestuursrechtelijke aanpak online kinderpornografisch materiaal"));
        });
    }

    [TestCase("artikel 67, eerste lid, van het Wetboek van Strafvordering", "Wetboek van Strafvordering", "van het")]
    [TestCase("artikel 10 van het Wetboek van Strafrecht", "Wetboek van Strafrecht", "van het")]
    [TestCase("artikel 3 van de Wet op de rechterlijke organisatie", "Wet op de rechterlijke organisatie", "van de")]
    [TestCase("artikel 5 van de Wet werk en inkomen naar arbeidsvermogen", "Wet werk en inkomen naar arbeidsvermogen", "van de")]
    [TestCase("artikel 3 van de Drank- en horecawet", "Drank- en horecawet", "van de")]
    [TestCase("artikel 1 van de Mediawet 2008", "Mediawet 2008", "van de")]
    [TestCase("artikel 4 van de Kaderwet zbo's", "Kaderwet zbo's", "van de")]
    [TestCase("artikel 5 van de Bekendmakingswet", "Bekendmakingswet", "van de")]
    [TestCase("artikel 10, derde lid, van de Grondwet", "Grondwet", "van de")]
    [TestCase("artikel 6 van het Verdrag betreffende de Europese Unie", "Verdrag betreffende de Europese Unie", "van het")]
    public void Parses_titles_with_van_de_or_van_het(string text, string title, string preposition)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.LawText, Is.EqualTo(title));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.Title));
            Assert.That(c.LawPreposition, Is.EqualTo(preposition));
            Assert.That(c.Canonical, Does.EndWith(preposition + " " + title));
        });
    }

    [TestCase("artikel 5 Bekendmakingswet", "Bekendmakingswet", "artikel 5 van de Bekendmakingswet")]
    [TestCase("artikel 3 Wet openbaarheid van bestuur", "Wet openbaarheid van bestuur", "artikel 3 van de Wet openbaarheid van bestuur")]
    [TestCase("artikel 12 Besluit omgevingsrecht", "Besluit omgevingsrecht", "artikel 12 van het Besluit omgevingsrecht")]
    public void Parses_a_title_without_van_for_rule_CIT2009(string text, string title, string canonical)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.LawText, Is.EqualTo(title));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.TitleWithoutVan));
            Assert.That(c.LawPreposition, Is.Null);
            Assert.That(c.Canonical, Is.EqualTo(canonical));
        });
    }

    [TestCase("artikel 28 van Verordening (EU) 2022/2065", "Verordening (EU) 2022/2065")]
    [TestCase("artikel 6 van Richtlijn 2000/31/EG", "Richtlijn 2000/31/EG")]
    [TestCase("artikel 4 van Verordening (EG) nr. 593/2008", "Verordening (EG) nr. 593/2008")]
    [TestCase("artikel 6 van de Richtlijn 2000/31/EG", "Richtlijn 2000/31/EG")]
    [TestCase("artikel 2 van Besluit 2010/300/EU", "Besluit 2010/300/EU")]
    public void Parses_an_eu_act_as_the_law(string text, string act)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.LawText, Is.EqualTo(act));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.EuAct));
            Assert.That(c.Canonical, Is.EqualTo(text.Replace(" de ", " ")));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("art. " + c.Article + " " + act));
        });
    }

    [TestCase("artikel 5 van die wet", "die wet")]
    [TestCase("artikel 5 van deze wet", "deze wet")]
    [TestCase("artikel 2 van die regeling", "die regeling")]
    [TestCase("artikel 3 van dat besluit", "dat besluit")]
    [TestCase("artikel 7 van de wet", "de wet")]
    public void Parses_a_back_reference_to_a_law(string text, string law)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.LawText, Is.EqualTo(law));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.DeicticReference));
            Assert.That(c.Canonical, Is.EqualTo(text));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("art. " + c.Article + " van " + law));
        });
    }

    [Test]
    public void Parses_a_bw_article_by_book()
    {
        var c = Single("artikel 162 van Boek 6 van het Burgerlijk Wetboek");

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo("162"));
            Assert.That(c.Book, Is.EqualTo("6"));
            Assert.That(c.ArticleInBook, Is.EqualTo("162"));
            Assert.That(c.LawText, Is.EqualTo("Boek 6 van het Burgerlijk Wetboek"));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.BookOfBw));
            Assert.That(c.Canonical, Is.EqualTo("artikel 6:162 BW"));
            Assert.That(c.Format(ArticleStyle.Regeling), Is.EqualTo("artikel 162 van Boek 6 van het Burgerlijk Wetboek"));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("art. 6:162 BW"));
        });
    }

    [TestCase("artikel 1, letter a, sub 1", "a", "1°")]
    [TestCase("artikel 4, onderdeel b, sub 2, Awb", "b", "2°")]
    public void Reads_a_numbered_onderdeel_after_a_lettered_one_as_its_subonderdeel(string text, string part, string subpart)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Parts, Is.EqualTo(new[] { part }));
            Assert.That(c.Subparts, Is.EqualTo(new[] { subpart }));
        });
    }

    [Test]
    public void A_fix_keeps_the_onderdeel_before_a_subonderdeel()
    {
        const string text = "Zie artikel 1, letter a, sub 1, van de wet.";
        var fixedText = CitationLinter.Fix(text, new Citaties.Rules.LintOptions { Profile = Citaties.Rules.LintProfile.Regeling }).Text;

        Assert.That(fixedText, Does.Contain("onderdeel a").And.Contain("1°"), fixedText);
    }

    // Older texts: the book between commas, or "Burgerlijk Wetboek" without "van het" (Sr 344a, Sv 552m).
    [TestCase("artikel 349, lid 1, Boek 1, van het Burgerlijk Wetboek", "1", "349")]
    [TestCase("de artikelen 46 en 47, Boek 3, van het Burgerlijk Wetboek", "3", "46")]
    [TestCase("artikel 122, eerste lid, van Boek 10 Burgerlijk Wetboek", "10", "122")]
    public void Parses_older_forms_of_a_bw_book(string text, string book, string article)
    {
        var c = CitationFinder.Extract(text).OfType<ArticleCitation>().Last();

        Assert.Multiple(() =>
        {
            Assert.That(c.Span.End, Is.EqualTo(text.Length), "the citation covers the book");
            Assert.That(c.Book, Is.EqualTo(book));
            Assert.That(c.ArticleInBook, Is.EqualTo(article));
            Assert.That(c.LawForm, Is.EqualTo(LawForm.BookOfBw));
            Assert.That(c.LawText, Is.EqualTo("Boek " + book + " van het Burgerlijk Wetboek"));
            Assert.That(c.Law?.Title, Does.StartWith("Burgerlijk Wetboek Boek " + book));
        });
    }

    [TestCase("art. 6:162 lid 2 BW", "6", "162")]
    [TestCase("artikel 7A:1576 BW", "7A", "1576")]
    [TestCase("artikel 6:162 van het Burgerlijk Wetboek", "6", "162")]
    public void Exposes_the_book_of_a_bw_label(string text, string book, string inBook)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Article, Is.EqualTo(book + ":" + inBook));
            Assert.That(c.Book, Is.EqualTo(book));
            Assert.That(c.ArticleInBook, Is.EqualTo(inBook));
            Assert.That(c.Format(ArticleStyle.Regeling), Does.StartWith("artikel " + inBook).And.EndWith("van Boek " + book + " van het Burgerlijk Wetboek"));
        });
    }

    [Test]
    public void Gives_an_awb_chapter_label_no_book()
    {
        var c = Single("artikel 1:3 Awb");

        Assert.That(c.Book, Is.Null);
        Assert.That(c.ArticleInBook, Is.Null);
    }

    [Test]
    public void Formats_a_leidraad_short_form_in_both_styles()
    {
        var c = Single("art. 6:162 lid 2 BW");

        Assert.Multiple(() =>
        {
            Assert.That(c.Canonical, Is.EqualTo("artikel 6:162, tweede lid, BW"));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("art. 6:162 lid 2 BW"));
            Assert.That(c.Keyword, Is.EqualTo("art."));
        });
    }

    [TestCase("de artikelen 3 tot en met 5", "3", "5", RangeStyle.TotEnMet, "artikelen 3 tot en met 5", "art. 3 t/m 5")]
    [TestCase("artikelen 3 tot en met 5", "3", "5", RangeStyle.TotEnMet, "artikelen 3 tot en met 5", "art. 3 t/m 5")]
    [TestCase("art. 16h t/m 16m", "16h", "16m", RangeStyle.TM, "artikelen 16h tot en met 16m", "art. 16h t/m 16m")]
    [TestCase("de artikelen 3 t/m 5", "3", "5", RangeStyle.TM, "artikelen 3 tot en met 5", "art. 3 t/m 5")]
    [TestCase("artikelen 3-5", "3", "5", RangeStyle.Hyphen, "artikelen 3 tot en met 5", "art. 3 t/m 5")]
    public void Parses_a_range_as_one_citation(string text, string from, string to, RangeStyle style, string canonical, string literature)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Articles, Is.EqualTo(new[] { new ArticleItem(from, to) { RangeStyle = style } }));
            Assert.That(c.Article, Is.EqualTo(from));
            Assert.That(c.RangeStyle, Is.EqualTo(style));
            Assert.That(c.Canonical, Is.EqualTo(canonical));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo(literature));
        });
    }

    [TestCase("artikel 8 (oud) Sr")]
    [TestCase("art. 8 Sr (oud)")]
    public void Parses_old_articles(string text)
    {
        var c = Single(text);

        Assert.Multiple(() =>
        {
            Assert.That(c.Old, Is.True);
            Assert.That(c.Article, Is.EqualTo("8"));
            Assert.That(c.LawText, Is.EqualTo("Sr"));
            Assert.That(c.Canonical, Is.EqualTo("artikel 8 Sr (oud)"));
            Assert.That(c.Format(ArticleStyle.Literature), Is.EqualTo("art. 8 Sr (oud)"));
        });
    }

    [Test]
    public void Records_the_keyword_as_written()
    {
        Assert.That(Single("Artikel 15 van de DSA").Keyword, Is.EqualTo("Artikel"));
        Assert.That(Single("art. 125p Sv").Keyword, Is.EqualTo("art."));
        Assert.That(Single("artt. 3 en 4 Sv").Keyword, Is.EqualTo("artt."));
        Assert.That(Single("artikelen 3 en 4 Sv").Keyword, Is.EqualTo("artikelen"));
    }
}
