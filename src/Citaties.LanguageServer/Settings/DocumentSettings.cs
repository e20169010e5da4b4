using System;
using System.IO;
using System.Text.Json;
using Citaties.Configuration;
using Citaties.Documents;
using Citaties.LanguageServer.Documents;
using Citaties.LanguageServer.Protocol;
using Citaties.Rules;

namespace Citaties.LanguageServer.Settings;

/// <summary>
/// The lint options of each open document: the nearest <c>citaties.json</c> above its file with the editor's settings
/// laid over it, through the library's <see cref="SettingsResolver"/>. A setting or file that cannot be used is
/// reported to the user once (as a <c>window/showMessage</c>) and the document is linted with the defaults: a bad
/// configuration never stops the server. Thread-safe.
/// </summary>
internal sealed class DocumentSettings
{
    private readonly object gate = new();
    private readonly IFileSystem files;
    private readonly Action<int, string> report;
    private CitatiesConfiguration overrides = new();
    private SettingsResolver resolver;
    private string? workspaceFolder;

    /// <summary>Settings read through <paramref name="files"/>; problems go to <paramref name="report"/> with a <see cref="MessageType"/>.</summary>
    public DocumentSettings(IFileSystem files, Action<int, string> report)
    {
        this.files = files;
        this.report = report;
        resolver = CreateResolver();
    }

    /// <summary>The workspace folder (a full path), where a document that is no file looks for its configuration.</summary>
    public string? WorkspaceFolder
    {
        get { lock (gate) { return workspaceFolder; } }
        set { lock (gate) { workspaceFolder = value; } }
    }

    /// <summary>Takes the editor's settings (null or absent for none); reports what is wrong with them.</summary>
    public void Update(JsonElement? settings) => Take(ClientSettings.Read(settings, out var problem), problem);

    /// <summary>Takes the settings the client passed to <c>initialize</c>.</summary>
    public void UpdateFromInitializationOptions(JsonElement? options) => Take(ClientSettings.ReadInitializationOptions(options, out var problem), problem);

    private void Take(CitatiesConfiguration? read, string? problem)
    {
        if (read is null)
        {
            report(MessageType.Error, problem + "; the editor settings are ignored until they are corrected.");
        }

        lock (gate)
        {
            overrides = read ?? new CitatiesConfiguration();
            resolver = CreateResolver();
        }
    }

    /// <summary>Forgets the configuration files read so far, after one of them changed.</summary>
    public void Reload()
    {
        lock (gate)
        {
            resolver = CreateResolver();
        }
    }

    /// <summary>The options of <paramref name="document"/>; the defaults (with the editor's settings) when its configuration cannot be used.</summary>
    public LintOptions For(OpenDocument document)
    {
        string? problem = null;
        LintOptions? options = null;
        lock (gate)
        {
            var place = PlaceOf(document.Uri);
            try
            {
                if (place is not null)
                {
                    options = resolver.For(place, out problem);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                problem = $"{document.Uri}: its configuration cannot be read: {exception.Message}";
            }

            options ??= Fallback();
        }

        if (problem is not null)
        {
            report(MessageType.Warning, problem + "; linting with the default settings until it is corrected.");
        }

        return options;
    }

    // The file's own path for a file URI; otherwise the workspace folder, or no configuration at all.
    private string? PlaceOf(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile)
        {
            return parsed.LocalPath;
        }

        return workspaceFolder;
    }

    private LintOptions Fallback() => new CitatiesConfiguration().Merge(overrides with { Catalogs = Array.Empty<string>() }).ToLintOptions();

    private SettingsResolver CreateResolver()
    {
        var created = SettingsResolver.Create(files, overrides, null, out var problem);
        if (created is not null)
        {
            return created;
        }

        // Only a catalog named in the editor settings can fail here: report it and go on without the catalogs.
        report(MessageType.Error, problem + "; the catalogs of the editor settings are ignored.");
        return SettingsResolver.Create(files, overrides with { Catalogs = Array.Empty<string>() }, null, out _)!;
    }
}
