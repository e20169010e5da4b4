import {
    CloseAction,
    type CloseHandlerResult,
    ErrorAction,
    type ErrorHandler,
    type ErrorHandlerResult,
} from 'vscode-languageclient/node';

// A server that dies three times within three minutes will die again: stop then, and say so once, rather than
// start it over and over.
const maxRestarts = 2;
const windowMs = 3 * 60 * 1000;
const maxWriteErrors = 3;

/** Restarts a crashed server a few times, then gives up and hands the failure to the caller to report. */
export class RestartPolicy implements ErrorHandler {
    private readonly restarts: number[] = [];
    private running = false;

    constructor(private readonly giveUp: (reason: string) => void) {}

    /** Called once the server has answered initialize: from then on a close is a crash worth a restart. */
    markRunning(): void {
        this.running = true;
    }

    error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
        // A few failed writes happen while a dying process is still being noticed; the close decides then.
        return { action: (count ?? 1) <= maxWriteErrors ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    }

    closed(): CloseHandlerResult {
        if (!this.running) {
            // A server that exits before it has answered initialize (an old tool without 'lsp', a missing runtime)
            // does the same on every try; the failed start is reported where it was awaited.
            return { action: CloseAction.DoNotRestart, handled: true };
        }
        const now = Date.now();
        while (this.restarts.length > 0 && now - (this.restarts[0] ?? now) > windowMs) {
            this.restarts.shift();
        }
        if (this.restarts.length >= maxRestarts) {
            this.giveUp(`The language server stopped ${maxRestarts + 1} times in a few minutes and is not started again.`);
            return { action: CloseAction.DoNotRestart, handled: true };
        }
        this.restarts.push(now);
        return { action: CloseAction.Restart, message: 'The citaties language server stopped; starting it again.' };
    }
}
