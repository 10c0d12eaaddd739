/** The command an accepted completion runs: records its prompt as asked in the note, like Insert Prompt does. */
import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../core/ids';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';

export function registerRecordAsked(commands: CommandRegistry, services: Services): void {
  commands.register(INTERNAL_COMMANDS.recordAsked, (uri: unknown, id: unknown) => {
    if (typeof uri === 'string' && typeof id === 'string') return services.asked.record(vscode.Uri.parse(uri), [id]);
    return undefined;
  });
}
