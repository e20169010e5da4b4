using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of an <c>ljn</c> citation: <c>value</c>.</summary>
internal static class LjnFields
{
    public static void Write(Utf8JsonWriter writer, LjnCitation citation) => writer.WriteString("value", citation.Value);
}
