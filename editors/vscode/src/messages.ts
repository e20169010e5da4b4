import * as vscode from 'vscode';

export const installCommand = 'dotnet tool install --global Citaties.Cli';
const updateCommand = 'dotnet tool update --global Citaties.Cli';

/**
 * Tells the user once why the server is not running and how to get it, with the install command to copy. Nothing
 * is retried from here: the user fixes the cause and runs "Citaties: Restart Language Server".
 */
export async function showStartFailure(reason: string): Promise<void> {
    const copy = 'Copy Install Command';
    const settings = 'Open Settings';
    const output = 'Show Output';
    const choice = await vscode.window.showErrorMessage(
        `Citaties: ${reason} Install the tool with '${installCommand}' (an older tool without the 'lsp' command: ` +
            `'${updateCommand}'), or set citaties.server.path; then run "Citaties: Restart Language Server".`,
        copy,
        settings,
        output,
    );
    if (choice === copy) {
        await vscode.env.clipboard.writeText(installCommand);
    } else if (choice === settings) {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'citaties.server.path');
    } else if (choice === output) {
        await vscode.commands.executeCommand('citaties.showOutput');
    }
}
