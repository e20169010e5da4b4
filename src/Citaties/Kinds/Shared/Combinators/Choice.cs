using System;
using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Sprache's <c>Or</c> and <c>Named</c> with the same results and the same failures (the one that got furthest, or
/// both expectations where they failed at the same place), written so that running them allocates nothing unless
/// both alternatives fail there: Sprache's allocate a closure at every run. The grammars try many alternatives at
/// every step, so these run more than any other combinator. Declared in the grammars' own namespace, so C# binds the
/// grammars' calls to these before Sprache's (see <see cref="Sequencing"/>).
/// </summary>
internal static class Choice
{
    /// <summary>As Sprache's <c>Or</c>: <paramref name="first"/>, or where it fails or reads nothing, <paramref name="second"/>.</summary>
    public static Parser<T> Or<T>(this Parser<T> first, Parser<T> second)
    {
        if (first is null || second is null)
        {
            throw new ArgumentNullException(first is null ? nameof(first) : nameof(second));
        }

        return input =>
        {
            var firstRead = first(input);
            if (firstRead.WasSuccessful && !firstRead.Remainder.Equals(input))
            {
                return firstRead;
            }

            var secondRead = second(input);
            if (secondRead.WasSuccessful)
            {
                return secondRead;
            }

            return firstRead.WasSuccessful ? firstRead : BestError(firstRead, secondRead);
        };
    }

    /// <summary>As Sprache's <c>Named</c>: a failure where <paramref name="parser"/> began expects <paramref name="name"/>.</summary>
    public static Parser<T> Named<T>(this Parser<T> parser, string name)
    {
        if (parser is null || name is null)
        {
            throw new ArgumentNullException(parser is null ? nameof(parser) : nameof(name));
        }

        var expected = new[] { name };
        return input =>
        {
            var read = parser(input);
            return read.WasSuccessful || !read.Remainder.Equals(input) ? read : Result.Failure<T>(read.Remainder, read.Message, expected);
        };
    }

    // Of two failures at one junction, the one that read further; at the same place, the first with both expectations.
    private static IResult<T> BestError<T>(IResult<T> first, IResult<T> second)
    {
        if (second.Remainder.Position > first.Remainder.Position)
        {
            return second;
        }

        return second.Remainder.Position == first.Remainder.Position
            ? Result.Failure<T>(first.Remainder, first.Message, first.Expectations.Union(second.Expectations))
            : first;
    }
}
