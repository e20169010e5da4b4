using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Citaties.Rules;

/// <summary>
/// Parts joined by a separator, each in the message's language: several reasons joined by "; ", or names
/// joined by a localized " of "/" or ".
/// </summary>
internal sealed class LocalizedList : ILocalizable
{
    private readonly object separator;
    private readonly IReadOnlyList<object?> items;

    private LocalizedList(object separator, IReadOnlyList<object?> items)
    {
        this.separator = separator;
        this.items = items;
    }

    /// <summary>The parts joined by <paramref name="separator"/>, a string or an <see cref="ILocalizable"/>.</summary>
    public static LocalizedList Join(object separator, IEnumerable<object?> items) => new(separator, items.ToArray());

    public string For(CultureInfo? culture) =>
        string.Join(
            (string)LocalizedText.Localize(separator, culture)!,
            items.Select(i => System.Convert.ToString(LocalizedText.Localize(i, culture), culture ?? CultureInfo.InvariantCulture)));
}
