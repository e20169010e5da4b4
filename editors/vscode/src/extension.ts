import * as vscode from 'vscode';
import { ClientController } from './controller';
import { needsRestart } from './settings';

let controller: ClientController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const output = vscode.window.createOutputChannel('Citaties', { log: true });
    // citaties.json is not among the documents the server is sent, so its changes on disk reach the server this way.
    const configurationFiles = vscode.workspace.createFileSystemWatcher('**/citaties.json');
    const current = new ClientController(output, configurationFiles);
    controller = current;
    context.subscriptions.push(
        output,
        configurationFiles,
        current,
        vscode.workspace.onDidChangeConfiguration((event) => {
            // The profile reaches the running server through didChangeConfiguration; these two need a new one.
            if (needsRestart(event)) {
                void current.restart();
            }
        }),
        vscode.commands.registerCommand('citaties.restartServer', () => current.restart()),
        vscode.commands.registerCommand('citaties.showOutput', () => output.show(true)),
    );
    await current.start();
}

export async function deactivate(): Promise<void> {
    // Returning the promise lets VS Code wait for the server's shutdown instead of leaving the process behind.
    await controller?.stop();
    controller = undefined;
}
