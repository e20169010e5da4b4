import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** How to start the language server: a process whose standard input and output carry LSP. */
export interface ServerCommand {
    readonly command: string;
    readonly args: readonly string[];
    /** The folder to run in; a local tool is only found from inside its manifest's folder. */
    readonly cwd?: string;
    /** Where the command came from, for the output channel. */
    readonly origin: string;
}

export type ServerResolution =
    | { readonly found: true; readonly server: ServerCommand }
    | { readonly found: false; readonly reason: string };

export const toolName = 'citaties';
const lspArgs: readonly string[] = ['lsp', '--stdio'];

/**
 * Finds the citaties tool: the configured path, else `citaties` on PATH, else a global tool in ~/.dotnet/tools
 * (VS Code started from a desktop menu often lacks that folder on PATH), else a local tool in a workspace
 * folder's manifest, run through `dotnet tool run`.
 */
export function resolveServer(configuredPath: string, workspaceFolders: readonly string[]): ServerResolution {
    if (configuredPath !== '') {
        return fromConfiguredPath(configuredPath);
    }
    const onPath = findExecutable(toolName, searchPath());
    if (onPath !== undefined) {
        return found({ command: onPath, args: lspArgs, origin: 'PATH' });
    }
    const globalTool = findExecutable(toolName, [path.join(os.homedir(), '.dotnet', 'tools')]);
    if (globalTool !== undefined) {
        return found({ command: globalTool, args: lspArgs, origin: 'the dotnet global tools folder' });
    }
    for (const folder of workspaceFolders) {
        const manifest = findLocalToolManifest(folder);
        if (manifest !== undefined) {
            const dotnet = findExecutable('dotnet', searchPath()) ?? 'dotnet';
            return found({
                command: dotnet,
                args: ['tool', 'run', toolName, ...lspArgs],
                cwd: folder,
                origin: `the local tool manifest ${manifest}`,
            });
        }
    }
    return { found: false, reason: `The ${toolName} tool was found neither on PATH, nor in ~/.dotnet/tools, nor in a local tool manifest of the workspace.` };
}

function fromConfiguredPath(configured: string): ServerResolution {
    const file = expandHome(configured);
    if (!path.isAbsolute(file)) {
        // A relative path would depend on the folder VS Code happened to start in.
        return { found: false, reason: `citaties.server.path must be an absolute path, not '${configured}'.` };
    }
    if (!isFile(file)) {
        return { found: false, reason: `citaties.server.path names '${file}', which is not a file.` };
    }
    if (file.toLowerCase().endsWith('.dll')) {
        // A framework-dependent build (dotnet build, or the dll inside the tool package) runs through the host.
        const dotnet = findExecutable('dotnet', searchPath()) ?? 'dotnet';
        return found({ command: dotnet, args: [file, ...lspArgs], origin: 'citaties.server.path, run with dotnet' });
    }
    return found({ command: file, args: lspArgs, origin: 'citaties.server.path' });
}

function found(server: ServerCommand): ServerResolution {
    return { found: true, server };
}

function expandHome(file: string): string {
    return file === '~' || file.startsWith('~/') || file.startsWith('~\\') ? path.join(os.homedir(), file.slice(1)) : file;
}

function searchPath(): string[] {
    return (process.env['PATH'] ?? '').split(path.delimiter).filter((folder) => folder.length > 0);
}

/** The first executable file of that name in the folders, with Windows' extensions tried there. */
export function findExecutable(name: string, folders: readonly string[]): string | undefined {
    const extensions = process.platform === 'win32'
        ? (process.env['PATHEXT'] ?? '.EXE;.CMD;.BAT;.COM').split(';').filter((extension) => extension.length > 0)
        : [''];
    for (const folder of folders) {
        for (const extension of extensions) {
            const candidate = path.join(folder, name + extension);
            if (isExecutable(candidate)) {
                return candidate;
            }
        }
    }
    return undefined;
}

/** The nearest dotnet-tools.json at or above the folder that names the citaties command. */
export function findLocalToolManifest(start: string): string | undefined {
    for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
        // dotnet looks in .config/ first, then beside it, in every folder up to the root.
        for (const candidate of [path.join(folder, '.config', 'dotnet-tools.json'), path.join(folder, 'dotnet-tools.json')]) {
            if (manifestNamesTool(candidate)) {
                return candidate;
            }
        }
        if (path.dirname(folder) === folder) {
            return undefined;
        }
    }
}

function manifestNamesTool(manifest: string): boolean {
    let json: unknown;
    try {
        json = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    } catch {
        return false;
    }
    const tools = (json as { tools?: unknown } | null)?.tools;
    if (typeof tools !== 'object' || tools === null) {
        return false;
    }
    return Object.values(tools).some((tool) => {
        const commands = (tool as { commands?: unknown } | null)?.commands;
        return Array.isArray(commands) && commands.includes(toolName);
    });
}

function isFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}

function isExecutable(file: string): boolean {
    if (!isFile(file)) {
        return false;
    }
    if (process.platform === 'win32') {
        return true;
    }
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return true;
    } catch {
        return false;
    }
}
