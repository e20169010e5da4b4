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

    /// <summary>The current position in the input, consuming nothing.</summary>
    public static readonly Parser<int> Position = input => Result.Success(input.Position, input);
}
