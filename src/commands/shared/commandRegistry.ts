/** Where features put their command handlers; extension.ts routes each contributed command to one. */
import type { CommandId, InternalCommandId } from '../../core/ids';

export type CommandHandler = (...args: unknown[]) => unknown;

export interface CommandRegistry {
  register(id: CommandId | InternalCommandId, handler: CommandHandler): void;
}
