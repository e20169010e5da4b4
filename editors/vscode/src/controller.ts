import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { showStartFailure } from './messages';
import { RestartPolicy } from './restartPolicy';
import { resolveServer } from './serverCommand';
import { readSettings } from './settings';

/**
 * Owns the one language client. Start, stop and restart run one after the other, so that a settings change
 * arriving while the server is still starting cannot leave two servers running.
 */
export class ClientController implements vscode.Disposable {
    private client: LanguageClient | undefined;
    private queue: Promise<void> = Promise.resolve();

    constructor(
        private readonly output: vscode.LogOutputChannel,
        private readonly configurationFiles: vscode.FileSystemWatcher,
    ) {}

    start(): Promise<void> {
        return this.enqueue(() => this.startNow());
    }

    stop(): Promise<void> {
        return this.enqueue(() => this.stopNow());
    }

    restart(): Promise<void> {
        return this.enqueue(async () => {
            await this.stopNow();
            await this.startNow();
        });
    }

    dispose(): void {
        void this.stop();
    }

    private enqueue(step: () => Promise<void>): Promise<void> {
        this.queue = this.queue.then(step).catch((error: unknown) => this.output.error(`Citaties: ${describe(error)}`));
        return this.queue;
    }

    private async startNow(): Promise<void> {
        const settings = readSettings();
        if (settings.languages.length === 0) {
            this.output.info('citaties.languages is empty: no language server is started.');
            return;
        }
        const folders = (vscode.workspace.workspaceFolders ?? [])
            .filter((folder) => folder.uri.scheme === 'file')
            .map((folder) => folder.uri.fsPath);
        const resolution = resolveServer(settings.serverPath, folders);
        if (!resolution.found) {
            this.output.error(resolution.reason);
            void showStartFailure(resolution.reason);
            return;
        }
        const server = resolution.server;
        this.output.info(`Starting ${server.command} ${server.args.join(' ')} (from ${server.origin}) for ${settings.languages.join(', ')}.`);
        // One message per start: the restart policy and a failed start can both report the same dead server.
        let reported = false;
        const report = (reason: string): void => {
            if (!reported) {
                reported = true;
                this.output.error(reason);
                void showStartFailure(`${reason} See the Citaties output for what it printed.`);
            }
        };
        const restartPolicy = new RestartPolicy(report);
        const client = createClient(settings, server, this.output, restartPolicy, this.configurationFiles);
        this.client = client;
        try {
            await client.start();
            restartPolicy.markRunning();
        } catch (error) {
            report(`The language server '${server.command}' could not be started: ${describe(error)}.`);
            this.client = undefined;
            await dispose(client);
        }
    }

    private async stopNow(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        if (client !== undefined) {
            await dispose(client);
        }
    }
}

async function dispose(client: LanguageClient): Promise<void> {
    try {
        // Stops the server if it runs: a shutdown request, then exit, then a kill after the timeout.
        await client.dispose(2000);
    } catch {
        // A client that never started has nothing to stop.
    }
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
