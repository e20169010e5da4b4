using Citaties.Model;
using Citaties.Resolution;

namespace Citaties.Tests.Resolution;

/// <summary>What a document defines, where, and which law it named last.</summary>
[TestFixture]
public class DocumentContextTests
{
    private static (string Text, DocumentContext Context) Build(string text, ExtractOptions? options = null) =>
        (text, DocumentContext.Create(CitationFinder.Extract(text, options), options));

    [Test]
    public void An_abbreviation_means_what_the_latest_definition_before_it_says()
    {
        var (text, context) = Build("Wetboek van Strafrecht (hierna: W). Dan artikel 1 W. Later: Wetboek van Strafvordering (hierna: W). Nu artikel 2 W.");
        var first = text.IndexOf("artikel 1 W", StringComparison.Ordinal);
        var second = text.IndexOf("artikel 2 W", StringComparison.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(context.MeaningAt("W", first).Expansion, Is.EqualTo("Wetboek van Strafrecht"));
            Assert.That(context.MeaningAt("W", first).Law?.Bwb, Is.EqualTo("BWBR0001854"));
            Assert.That(context.MeaningAt("W", second).Expansion, Is.EqualTo("Wetboek van Strafvordering"));
            Assert.That(context.MeaningAt("W", second).Source, Is.EqualTo(AbbreviationSource.Definition));
        });
    }

    [Test]
    public void An_abbreviation_used_before_its_definition_reports_the_later_definition()
    {
        var (text, context) = Build("Eerst artikel 5 Wgts. Dan het wetsvoorstel gemeentelijk toezicht op seksbedrijven (Wgts).");

        var meaning = context.MeaningAt("Wgts", text.IndexOf("artikel", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(meaning.IsDefined, Is.False);
            Assert.That(meaning.LaterDefinition?.Expansion, Is.EqualTo("wetsvoorstel gemeentelijk toezicht op seksbedrijven"));
            Assert.That(context.MeaningAt("Wgts", text.Length).LaterDefinition, Is.Null);
            Assert.That(context.MeaningAt("Wgts", text.Length).IsDefined, Is.True);
        });
    }

    [Test]
    public void Case_is_ignored_in_the_lookup_and_reported()
    {
        var (text, context) = Build("De Algemene wet bestuursrecht (hierna: Awb) geldt.");

        var meaning = context.MeaningAt("AWB", text.Length);

        Assert.Multiple(() =>
        {
            Assert.That(meaning.IsDefined, Is.True);
            Assert.That(meaning.ExactCase, Is.False);
            Assert.That(meaning.DefinedAs, Is.EqualTo("Awb"));
            Assert.That(context.MeaningAt("Awb", text.Length).ExactCase, Is.True);
        });
    }

    [Test]
    public void Redefinitions_say_whether_the_meaning_is_the_same()
    {
        var (_, context) = Build(
            "artikel 67 van het Wetboek van Strafvordering (hierna: Sv) en artikel 125p van het Wetboek van Strafvordering (hierna: Sv). " +
            "De Opiumwet (hierna: Ow) en later de Omgevingswet (hierna: Ow).");

        Assert.Multiple(() =>
        {
            Assert.That(context.Redefinitions, Has.Count.EqualTo(2));
            Assert.That(context.Redefinitions[0].Later.Abbreviation, Is.EqualTo("Sv"));
            Assert.That(context.Redefinitions[0].SameMeaning, Is.True);
            Assert.That(context.Redefinitions[1].Later.Abbreviation, Is.EqualTo("Ow"));
            Assert.That(context.Redefinitions[1].SameMeaning, Is.False);
            Assert.That(context.DefinitionsOf("sv"), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void Two_expansions_naming_the_same_law_have_the_same_meaning()
    {
        var (_, context) = Build("de digitaledienstenverordening (Digital Services Act, hierna: DSA) en de Verordening digitale diensten (hierna: DSA)");

        Assert.That(context.Redefinitions.Single().SameMeaning, Is.True);
    }

    [Test]
    public void Configured_abbreviations_apply_everywhere_after_the_documents_own_definitions()
    {
        var options = new ExtractOptions { Abbreviations = new Dictionary<string, string> { ["Wob"] = "Wet openbaarheid van bestuur" } };
        var (_, context) = Build("Geen definities hier.", options);

        var meaning = context.MeaningAt("Wob", 0);

        Assert.Multiple(() =>
        {
            Assert.That(meaning.Source, Is.EqualTo(AbbreviationSource.Configuration));
            Assert.That(meaning.Expansion, Is.EqualTo("Wet openbaarheid van bestuur"));
            Assert.That(meaning.Law?.Title, Is.EqualTo("Wet openbaarheid van bestuur"));
            Assert.That(context.MeaningAt("Xyz", 0).IsDefined, Is.False);
        });
    }

    [Test]
    public void The_last_law_named_before_a_place_prefers_the_noun_of_the_back_reference()
    {
        var (text, context) = Build("artikel 5 van de Mediawet 2008 en artikel 2 van het Mediabesluit 2008; daarna meer.");
        var end = text.Length;

        Assert.Multiple(() =>
        {
            Assert.That(context.LawMentions.Select(m => m.Name), Is.EqualTo(new[] { "Mediawet 2008", "Mediabesluit 2008" }));
            Assert.That(context.LastLawBefore(end)?.Name, Is.EqualTo("Mediabesluit 2008"));
            Assert.That(context.LastLawBefore(end, "wet")?.Name, Is.EqualTo("Mediawet 2008"));
            Assert.That(context.LastLawBefore(end, "verdrag")?.Name, Is.EqualTo("Mediabesluit 2008"), "no verdrag named: the last law");
            Assert.That(context.LastLawBefore(0), Is.Null);
        });
    }

    [Test]
    public void The_context_law_is_completed_from_the_catalog()
    {
        var (_, context) = Build("tekst", new ExtractOptions { ContextLaw = new LawReference { Bwb = "BWBR0005537" } });

        Assert.Multiple(() =>
        {
            Assert.That(context.ContextLaw?.Title, Is.EqualTo("Algemene wet bestuursrecht"));
            Assert.That(context.ContextLaw?.Source, Is.EqualTo(LawSource.ContextLaw));
            Assert.That(DocumentContext.Create(Array.Empty<Citation>()).ContextLaw, Is.Null);
        });
    }
}
