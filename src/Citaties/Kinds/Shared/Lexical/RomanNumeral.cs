namespace Citaties.Kinds;

/// <summary>Reads a Roman numeral in its standard form (<c>XIV</c>, not <c>IIII</c> or <c>VX</c>): budget chapters, books and titles of a code.</summary>
internal static class RomanNumeral
{
    private static readonly string[] Ones = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX" };
    private static readonly string[] Tens = { "", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC" };

    /// <summary>The value of <paramref name="text"/> (1 to 99) when it is a numeral in standard form; null otherwise.</summary>
    public static int? Value(string text)
    {
        // Standard forms are unique, so comparing with the form of each value is exact; budget chapters and the parts of a code stay far below 100.
        for (var value = 1; value < 100; value++)
        {
            if (text == Tens[value / 10] + Ones[value % 10])
            {
                return value;
            }
        }

        return null;
    }
}
