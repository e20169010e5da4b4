using Citaties.Kinds;
using Citaties.Model;
using CsCheck;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class DutchDateReaderTests
{
    private static DutchDate? Last(string text) =>
        DutchDateReader.TryFindLast(text, 0, text.Length, out var date) ? date : null;

    [TestCase("HR 29 januari 2016, ", 29, 1, 2016, "29 januari 2016")]
    [TestCase("HR 29-01-2016, ", 29, 1, 2016, "29-01-2016")]
    [TestCase("op 1/2/2015 ", 1, 2, 2015, "1/2/2015")]
    [TestCase("op 7\u20133\u20132014", 7, 3, 2014, "7\u20133\u20132014")]
    [TestCase("HR 29 jan. 2016", 29, 1, 2016, "29 jan. 2016")]
    [TestCase("HR 29 jan 2016", 29, 1, 2016, "29 jan 2016")]
    [TestCase("3 mrt. 2014", 3, 3, 2014, "3 mrt. 2014")]
    [TestCase("1 sept. 2010", 1, 9, 2010, "1 sept. 2010")]
    [TestCase("1 Mei 2010", 1, 5, 2010, "1 Mei 2010")]
    [TestCase("29\u00A0januari\u00A02016", 29, 1, 2016, "29\u00A0januari\u00A02016")]
    [TestCase("(29  februari 2016)", 29, 2, 2016, "29  februari 2016")]
    [TestCase("van 31 december 1999 (Stb. 587", 31, 12, 1999, "31 december 1999")]
    public void Reads_a_dutch_date(string text, int day, int month, int year, string written)
    {
        var date = Last(text);

        Assert.That(date, Is.Not.Null);
        var d = date!.Value;
        Assert.That((d.Day, d.Month, d.Year), Is.EqualTo((day, month, year)));
        Assert.That(text.Substring(d.Span.Start, d.Span.Length), Is.EqualTo(written));
    }

    [TestCase("31 februari 2016")]
    [TestCase("29 februari 2015")]
    [TestCase("0 januari 2016")]
    [TestCase("32-01-2016")]
    [TestCase("12-13-2016")]
    [TestCase("29-01/2016")]
    [TestCase("123 januari 2016")]
    [TestCase("in januari 2016")]
    [TestCase("29 januari 2016a")]
    [TestCase("29 januari 20161")]
    [TestCase("3 mei. 2016")]
    [TestCase("3 januari. 2016")]
    [TestCase("29 jannuari 2016")]
    [TestCase("nr. 11/00587, VN 2013/14.14")]
    [TestCase("C-298/16, 2016")]
    [TestCase("x29 januari 2016")]
    [TestCase("12-29-01-2016")]
    [TestCase("29 januari 0999")]
    [TestCase("")]
    public void Reads_no_date_where_there_is_none(string text)
    {
        Assert.That(Last(text), Is.Null);
    }

    [Test]
    public void Takes_the_date_nearest_to_the_end()
    {
        Assert.That(Last("HR 1 mei 2015 en HR 3 juni 2016, ")!.Value.Year, Is.EqualTo(2016));
    }

    [Test]
    public void Reads_only_dates_wholly_inside_the_bounds()
    {
        const string text = "HR 29 januari 2016, 3 maart 2017";

        Assert.Multiple(() =>
        {
            Assert.That(DutchDateReader.TryFindLast(text, 4, text.Length, out _), Is.True, "3 maart 2017 lies inside");
            Assert.That(DutchDateReader.TryFindLast(text, 4, 19, out _), Is.False, "the day 29 starts before the bounds");
            Assert.That(DutchDateReader.TryFindLast(text, 0, 17, out _), Is.False, "the year 2016 ends after the bounds");
            Assert.That(DutchDateReader.TryFindLast(text, -10, 1000, out var date) && date.Year == 2017, Is.True, "bounds are clamped");
        });
    }

    [Test]
    public void Allocates_nothing()
    {
        var text = string.Concat(Enumerable.Repeat("zie HR 29 januari 2016, nr. 14/05200 en 1-2-2015 of 3 jan. 2014; ", 20));
        DutchDateReader.TryFindLast(text, 0, text.Length, out _);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var end = 0; end <= text.Length; end++)
        {
            DutchDateReader.TryFindLast(text, end - 60, end, out _);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    [Test]
    public void Never_throws_and_keeps_the_date_inside_the_bounds()
    {
        var fragments = new[] { "29", " ", "januari", "jan.", "2016", "-", "/", "\u2013", "01", "x", "\n", "mei", "1", "0" };
        var gen = Gen.Select(
            Gen.Int[0, fragments.Length - 1].Array[0, 12].Select(parts => string.Concat(parts.Select(i => fragments[i]))),
            Gen.Int[-5, 40],
            Gen.Int[-5, 40]);

        gen.Sample(sample =>
        {
            var (text, start, end) = sample;
            if (!DutchDateReader.TryFindLast(text, start, end, out var date))
            {
                return true;
            }

            return date.Span.Start >= Math.Max(0, start) && date.Span.End <= Math.Min(text.Length, end)
                && date.Month is >= 1 and <= 12 && date.Day >= 1 && date.Day <= DateTime.DaysInMonth(date.Year, date.Month);
        });
    }
}
