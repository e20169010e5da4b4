using Sprache;

namespace Citaties.Tests.Grammar;

/// <summary>What two parsers held to the same behaviour must agree on: success, value and remainder, or a failure's position and expectations.</summary>
internal static class ParseResults
{
    public static void AssertSame(IResult<string> actual, IResult<string> expected, string where)
    {
        Assert.That(actual.WasSuccessful, Is.EqualTo(expected.WasSuccessful), where);
        Assert.That(actual.Remainder.Position, Is.EqualTo(expected.Remainder.Position), where);
        if (expected.WasSuccessful)
        {
            Assert.That(actual.Value, Is.EqualTo(expected.Value), where);
        }
        else
        {
            Assert.That(actual.Expectations, Is.EqualTo(expected.Expectations), where);
        }
    }
}
