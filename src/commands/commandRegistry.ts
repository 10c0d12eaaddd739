/** Where features put their command handlers; extension.ts routes each palette command to one. */
export type CommandHandler = (...args: unknown[]) => unknown;

export interface CommandRegistry {
  register(id: string, handler: CommandHandler): void;
}
