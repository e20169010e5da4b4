using System;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Sprache's sequencing combinators (<c>Then</c>, <c>Select</c>, <c>Return</c>, and <c>SelectMany</c>, which query
/// syntax compiles to) with the same results, failures and remainders, written so that running them allocates no parser and
/// no closure. Sprache builds a new <c>Select</c> parser, with its closures, at every step of every query each time
/// it runs: the allocation profile of the case grammar showed those as a third of what a case citation cost.
/// Declared in the grammars' own namespace, so C# binds the grammars' queries to these before Sprache's.
/// </summary>
internal static class Sequencing
{
    /// <summary>As Sprache's <c>Then</c>: <paramref name="second"/>, chosen by the value of <paramref name="first"/>, runs after it.</summary>
    public static Parser<U> Then<T, U>(this Parser<T> first, Func<T, Parser<U>> second)
    {
        if (first is null || second is null)
        {
            throw new ArgumentNullException(first is null ? nameof(first) : nameof(second));
        }

        return input =>
        {
            var read = first(input);
            return read.WasSuccessful ? second(read.Value)(read.Remainder) : Failed<T, U>(read);
        };
    }

    /// <summary>As Sprache's <c>Select</c>: the value of <paramref name="parser"/>, converted.</summary>
    public static Parser<U> Select<T, U>(this Parser<T> parser, Func<T, U> convert)
    {
        if (parser is null || convert is null)
        {
            throw new ArgumentNullException(parser is null ? nameof(parser) : nameof(convert));
        }

        return input =>
        {
            var read = parser(input);
            return read.WasSuccessful ? Result.Success(convert(read.Value), read.Remainder) : Failed<T, U>(read);
        };
    }

    /// <summary>As Sprache's <c>Return</c> after a parser: <paramref name="value"/> where <paramref name="parser"/> succeeds.</summary>
    public static Parser<U> Return<T, U>(this Parser<T> parser, U value)
    {
        if (parser is null)
        {
            throw new ArgumentNullException(nameof(parser));
        }

        return input =>
        {
            var read = parser(input);
            return read.WasSuccessful ? Result.Success(value, read.Remainder) : Failed<T, U>(read);
        };
    }

    /// <summary>As Sprache's <c>SelectMany</c>: one step of a query, <c>from a in parser from b in selector(a) select projector(a, b)</c>.</summary>
    public static Parser<V> SelectMany<T, U, V>(this Parser<T> parser, Func<T, Parser<U>> selector, Func<T, U, V> projector)
    {
        if (parser is null || selector is null || projector is null)
        {
            throw new ArgumentNullException(parser is null ? nameof(parser) : selector is null ? nameof(selector) : nameof(projector));
        }

        return input =>
        {
            var first = parser(input);
            if (!first.WasSuccessful)
            {
                return Failed<T, V>(first);
            }

            var second = selector(first.Value)(first.Remainder);
            return second.WasSuccessful ? Result.Success(projector(first.Value, second.Value), second.Remainder) : Failed<U, V>(second);
        };
    }

    // A failure passed on as Sprache's IfSuccess passes it: same remainder, message and expectations.
    private static IResult<U> Failed<T, U>(IResult<T> failure) =>
        Result.Failure<U>(failure.Remainder, failure.Message, failure.Expectations);
}
