using System.Globalization;

namespace Citaties.Model;

/// <summary>
/// A parliamentary year (vergaderjaar), running from Prinsjesdag to Prinsjesdag: <c>2025/26</c>.
/// Stored as written (after century completion), so an impossible year such as <c>2019/21</c> survives
/// parsing and can be reported by the validator.
/// </summary>
/// <param name="FirstYear">The year in which the vergaderjaar starts.</param>
/// <param name="SecondYear">The year in which it ends, as written (normally <see cref="FirstYear"/> + 1).</param>
public readonly record struct SessionYear(int FirstYear, int SecondYear)
{
    /// <summary>True when the second year directly follows the first.</summary>
    public bool IsConsecutive => SecondYear == FirstYear + 1;

    /// <summary>
    /// Builds a session year from its two written halves. A two-digit second half takes the century of
    /// the first year, rolling over at the turn of a century (<c>1999/00</c> is 1999/2000).
    /// </summary>
    public static SessionYear FromParts(int firstYear, int secondPart, int secondDigits)
    {
        if (secondDigits >= 4)
        {
            return new SessionYear(firstYear, secondPart);
        }

        var century = firstYear / 100 * 100;
        var second = century + secondPart;
        if (second < firstYear)
        {
            second += 100;
        }

        return new SessionYear(firstYear, second);
    }

    /// <summary>The canonical form: <c>2025/26</c>, and in full at a turn of the century: <c>1999/2000</c>.</summary>
    public override string ToString()
    {
        var first = FirstYear.ToString("0000", CultureInfo.InvariantCulture);
        if (SecondYear / 100 != FirstYear / 100)
        {
            return first + "/" + SecondYear.ToString("0000", CultureInfo.InvariantCulture);
        }

        return first + "/" + (SecondYear % 100).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The eight-digit form used in official ids: <c>20252026</c>.</summary>
    public string ToIdForm() =>
        FirstYear.ToString("0000", CultureInfo.InvariantCulture) + SecondYear.ToString("0000", CultureInfo.InvariantCulture);
}
