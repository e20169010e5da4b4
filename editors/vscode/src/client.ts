import * as vscode from 'vscode';
import { type DocumentFilter, LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { RestartPolicy } from './restartPolicy';
import type { ServerCommand } from './serverCommand';
import { type CitatiesSettings, readSettings, section } from './settings';

// The client id is also the settings prefix the language client reads its trace setting from (citaties.trace.server).
const clientId = 'citaties';

export function createClient(
    settings: CitatiesSettings,
    server: ServerCommand,
    output: vscode.LogOutputChannel,
    restartPolicy: RestartPolicy,
    configurationFiles: vscode.FileSystemWatcher,
): LanguageClient {
    const serverOptions: ServerOptions = {
        command: server.command,
        args: [...server.args],
        ...(server.cwd !== undefined ? { options: { cwd: server.cwd } } : {}),
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: documentSelector(settings.languages),
        // didChangeConfiguration then carries { citaties: { profile, languages, server, trace } }.
        // The server reads the nearest citaties.json itself; a changed one is announced with didChangeWatchedFiles.
        synchronize: { configurationSection: section, fileEvents: configurationFiles },
        // Read when the server starts, not when the client was made, so a restart sees the current profile.
        initializationOptions: () => ({ profile: readSettings().profile }),
        // A server that fails its initialize will fail it again: no retry, the caller reports it.
        initializationFailedHandler: () => false,
        errorHandler: restartPolicy,
        outputChannel: output,
    };
    return new LanguageClient(clientId, 'Citaties', serverOptions, clientOptions);
}

/** Files on disk and new unsaved documents of the configured languages; not diffs, git views or output panes. */
export function documentSelector(languages: readonly string[]): DocumentFilter[] {
    return languages.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
    ]);
}
