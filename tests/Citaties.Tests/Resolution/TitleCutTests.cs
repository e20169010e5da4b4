using Citaties.Resolution;

namespace Citaties.Tests.Resolution;

[TestFixture]
public class TitleCutTests
{
    [TestCase("artikel 5 van de Wet X bevelen", " bevelen", 22)]
    [TestCase("artikel 5 van de Wet X\nbevelen  ", " bevelen", 22)]
    [TestCase("artikel 5 van de Wet X be-\nvelen", " bevelen", 22)]
    [TestCase("artikel 5 van de Wet X Raad\u2013besluit", " Raad-besluit", 22)]
    public void Cuts_before_the_rest_of_the_title(string text, string rest, int cut)
    {
        Assert.That(TitleCut.CutBefore(text, rest), Is.EqualTo(cut));
    }

    [TestCase("artikel 5 van de Wet Xbevelen", " bevelen")]
    [TestCase("artikel 5 van de Wet X bevelen (oud)", " bevelen")]
    [TestCase("12b", " bevelen")]
    [TestCase("", " bevelen")]
    public void Does_not_cut_when_the_text_does_not_end_with_the_rest_as_words(string text, string rest)
    {
        Assert.That(TitleCut.CutBefore(text, rest), Is.EqualTo(-1));
    }
}
