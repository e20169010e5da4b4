using System;
using Sprache;

namespace Citaties.Kinds;

/// <summary>Combinators that commit to a branch once its opening words are read.</summary>
internal static class Committed
{
    /// <summary>
    /// An optional part that commits after <paramref name="prefix"/>: when the prefix does not match, succeeds with
    /// null without consuming input; when it matches, <paramref name="rest"/> must follow, and its failure is the
    /// failure of the whole (so <c>nr. x</c> reports "expected ondernummer" at <c>x</c> rather than vanishing).
    /// </summary>
    public static Parser<T?> OptionalAfter<TPrefix, T>(Parser<TPrefix> prefix, Func<TPrefix, Parser<T>> rest)
        where T : class
    {
        return input =>
        {
            var head = prefix(input);
            if (!head.WasSuccessful)
            {
                return Result.Success<T?>(null, input);
            }

            var tail = rest(head.Value)(head.Remainder);
            return tail.WasSuccessful
                ? Result.Success<T?>(tail.Value, tail.Remainder)
                : Result.Failure<T?>(tail.Remainder, tail.Message, tail.Expectations);
        };
    }

    /// <summary>
    /// <paramref name="parser"/>, with any failure reported where it started. For forms whose words are common in
    /// prose (<c>hoofdstuk 5</c>, <c>lid 2 van</c>, a number before <c>BW</c>): failing there is no broken citation,
    /// so the scanner records no near miss (CIT0001).
    /// </summary>
    public static Parser<T> FailingAtStart<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? result : Result.Failure<T>(input, result.Message, result.Expectations);
    };

    /// <summary>The current position in the input, consuming nothing.</summary>
    public static readonly Parser<int> Position = input => Result.Success(input.Position, input);
}
