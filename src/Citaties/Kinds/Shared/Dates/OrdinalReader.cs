using Sprache;

namespace Citaties.Kinds;

/// <summary>Parsers of a Dutch ordinal word (<see cref="DutchOrdinals"/>) as its number.</summary>
internal static class OrdinalReader
{
    private static readonly string[] Expected = { "ordinal (eerste, tweede, ...)" };

    /// <summary>
    /// An ordinal word from <c>eerste</c> to <c>honderdste</c>, in any case. With <paramref name="inflected"/> also the
    /// older inflected form of a code's parts, <c>den Derden Titel</c>, <c>van den Tweeden Boek</c>.
    /// </summary>
    public static Parser<int> Create(bool inflected) => input =>
    {
        var s = input.Source;
        var end = input.Position;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        var length = end - input.Position;
        var number = 0;
        if (length is >= 5 and <= 24)
        {
            var word = s.Substring(input.Position, length).ToLowerInvariant();
            number = DutchOrdinals.Parse(word);
            if (number == 0 && inflected && word[word.Length - 1] == 'n')
            {
                number = DutchOrdinals.Parse(word.Substring(0, word.Length - 1));
            }
        }

        return number > 0
            ? Result.Success(number, input.Skip(length))
            : Result.Failure<int>(input, "not an ordinal", Expected);
    };
}
