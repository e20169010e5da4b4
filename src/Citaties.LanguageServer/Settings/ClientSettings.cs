using System.IO;
using System.Text;
using System.Text.Json;
using Citaties.Configuration;

namespace Citaties.LanguageServer.Settings;

/// <summary>
/// Reads the editor's settings: in <c>workspace/didChangeConfiguration</c>'s <c>settings</c> the section
/// <c>{ "citaties": { "profile": "toelichting", "rules": { "CIT1003": "none" } } }</c> (a client may send other
/// servers' sections beside it), in <c>initializationOptions</c> that section or its keys as they are (the VS Code
/// extension sends <c>{ "profile": "" }</c>). The keys inside <c>citaties</c> are
/// those of a <c>citaties.json</c> and are read by the library's own reader, so the two never drift apart; the
/// editor's own keys (<c>languages</c>) are left out, and an empty or null value means "not set" (an editor writes
/// its defaults that way).
/// </summary>
internal static class ClientSettings
{
    /// <summary>How the settings are named in messages.</summary>
    public const string SourceName = "editor settings 'citaties'";

    // The VS Code extension's own settings, sent along in its section: which languages to start the server for,
    // where the server is, and how much of the traffic to log.
    private static readonly string[] ClientOnlyKeys = { "languages", "server", "trace" };

    /// <summary>
    /// The overrides the settings describe; an empty configuration when there are none, and null with
    /// <paramref name="problem"/> when they cannot be used.
    /// </summary>
    public static CitatiesConfiguration? Read(JsonElement? settings, out string? problem) => Read(settings, sectionOnly: true, out problem);

    /// <summary>As <see cref="Read(JsonElement?, out string?)"/>, for <c>initializationOptions</c>, which are this server's alone.</summary>
    public static CitatiesConfiguration? ReadInitializationOptions(JsonElement? options, out string? problem) => Read(options, sectionOnly: false, out problem);

    private static CitatiesConfiguration? Read(JsonElement? settings, bool sectionOnly, out string? problem)
    {
        problem = null;
        if (settings is not { ValueKind: JsonValueKind.Object } root)
        {
            return new CitatiesConfiguration();
        }

        var section = root.TryGetProperty("citaties", out var inner) ? inner : sectionOnly ? default : root;
        if (section.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return new CitatiesConfiguration();
        }

        if (section.ValueKind != JsonValueKind.Object)
        {
            problem = $"{SourceName}: must be an object of settings, e.g. {{ \"profile\": \"toelichting\" }}";
            return null;
        }

        try
        {
            return CitatiesConfiguration.Parse(WithoutUnset(section), SourceName);
        }
        catch (ConfigurationException exception)
        {
            problem = exception.Message;
            return null;
        }
    }

    private static string WithoutUnset(JsonElement section)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var property in section.EnumerateObject())
            {
                var unset = property.Value.ValueKind is JsonValueKind.Null
                    || (property.Value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(property.Value.GetString()));
                if (!unset && System.Array.IndexOf(ClientOnlyKeys, property.Name) < 0)
                {
                    property.WriteTo(writer);
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
