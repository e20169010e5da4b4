using System;
using Sprache;

namespace Citaties.Kinds;

/// <summary>A parsed value with the window text it was read from and its window offsets.</summary>
internal readonly record struct Captured<T>(T Value, string Text, int Start, int End);

/// <summary>Parser helpers that keep track of where a value stands in the window.</summary>
internal static class CapturedParsers
{
    /// <summary>Runs <paramref name="parser"/> and records the text and offsets it consumed.</summary>
    public static Parser<Captured<T>> Capture<T>(this Parser<T> parser) =>
        input =>
        {
            var result = parser(input);
            if (!result.WasSuccessful)
            {
                return Result.Failure<Captured<T>>(result.Remainder, result.Message, result.Expectations);
            }

            var start = input.Position;
            var end = result.Remainder.Position;
            return Result.Success(new Captured<T>(result.Value, input.Source.Substring(start, end - start), start, end), result.Remainder);
        };

    /// <summary>The input moved forward by <paramref name="count"/> characters.</summary>
    public static IInput Skip(this IInput input, int count)
    {
        if (input is WindowInput window)
        {
            return window.At(Math.Min(window.Source.Length, window.Position + Math.Max(0, count)));
        }

        var current = input;
        for (var i = 0; i < count && !current.AtEnd; i++)
        {
            current = current.Advance();
        }

        return current;
    }
}
