using Citaties.Kinds;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class DutchOrdinalsTests
{
    [TestCase("eerste", 1)]
    [TestCase("achtste", 8)]
    [TestCase("twaalfde", 12)]
    [TestCase("negentiende", 19)]
    [TestCase("twintigste", 20)]
    [TestCase("eenentwintigste", 21)]
    [TestCase("tweeëntwintigste", 22)]
    [TestCase("tweeentwintigste", 22)]
    [TestCase("drieëndertigste", 33)]
    [TestCase("negenennegentigste", 99)]
    [TestCase("honderdste", 100)]
    [TestCase("lid", 0)]
    [TestCase("een", 0)]
    public void Reads_ordinal_words(string word, int number)
    {
        Assert.That(DutchOrdinals.Parse(word), Is.EqualTo(number));
    }

    [Test]
    public void Writes_and_reads_back_every_ordinal()
    {
        for (var n = 1; n <= DutchOrdinals.Max; n++)
        {
            Assert.That(DutchOrdinals.Parse(DutchOrdinals.ToWord(n)!), Is.EqualTo(n), $"{n}");
        }

        Assert.That(DutchOrdinals.ToWord(0), Is.Null);
        Assert.That(DutchOrdinals.ToWord(101), Is.Null);
        Assert.That(DutchOrdinals.ToWord("2a"), Is.Null);
        Assert.That(DutchOrdinals.ToWord(22), Is.EqualTo("tweeëntwintigste"));
    }
}
