using System.Globalization;

namespace Citaties.Rules;

/// <summary>
/// A message part whose language is chosen only when the message is formatted, so that a rule never picks
/// Dutch or English itself: every wording stays in its descriptor's fragments.
/// </summary>
internal interface ILocalizable
{
    string For(CultureInfo? culture);
}
