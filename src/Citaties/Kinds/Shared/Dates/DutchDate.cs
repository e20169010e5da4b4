using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>A calendar date read from Dutch text (<c>29 januari 2016</c>, <c>29-01-2016</c>), with where it was written.</summary>
/// <param name="Day">The day of the month, 1-31.</param>
/// <param name="Month">The month, 1-12.</param>
/// <param name="Year">The year, four digits.</param>
/// <param name="Span">Where the date stands in the text, from the first digit of the day to the last of the year.</param>
internal readonly record struct DutchDate(int Day, int Month, int Year, TextSpan Span);
