import * as vscode from 'vscode';

/** The extension's settings, read once per start of the language client. */
export interface CitatiesSettings {
    /** One of the library's profiles, or '' to leave the choice to citaties.json. */
    readonly profile: string;
    /** Language ids whose documents the server checks. */
    readonly languages: readonly string[];
    /** The tool or Citaties.Cli.dll to run, or '' to look for `citaties` on PATH. */
    readonly serverPath: string;
}

export const section = 'citaties';

// Kept in step with the defaults in package.json, for a settings file that sets a key to null.
const defaultLanguages: readonly string[] = ['markdown', 'plaintext', 'html', 'latex'];

export function readSettings(): CitatiesSettings {
    const configuration = vscode.workspace.getConfiguration(section);
    const languages = configuration.get<unknown>('languages');
    return {
        profile: stringOr(configuration.get<unknown>('profile'), ''),
        languages: Array.isArray(languages)
            ? languages.filter((id): id is string => typeof id === 'string' && id.length > 0)
            : defaultLanguages,
        serverPath: stringOr(configuration.get<unknown>('server.path'), '').trim(),
    };
}

/** Whether a settings change needs a new server process rather than a didChangeConfiguration. */
export function needsRestart(event: vscode.ConfigurationChangeEvent): boolean {
    // The document selector and the command line are fixed when the client starts.
    return event.affectsConfiguration(`${section}.languages`) || event.affectsConfiguration(`${section}.server.path`);
}

// settings.json is edited by hand, so a value may be of any type whatever the schema says.
function stringOr(value: unknown, fallback: string): string {
    return typeof value === 'string' ? value : fallback;
}
