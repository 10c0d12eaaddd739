/**
 * Whether two commands run the same thing: the same id, title and arguments. A surface that sets
 * a command again on each refresh (a status-bar item) keeps the one it has when they match:
 * VS Code registers a command with arguments anew on each assignment and drops the old one before
 * the workbench has the new one, so a click in between runs nothing.
 */
export interface CommandLike {
  readonly command: string;
  readonly title?: string;
  readonly tooltip?: string;
  readonly arguments?: readonly unknown[];
}

export function sameCommand(a: CommandLike | undefined, b: CommandLike | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.command === b.command && a.title === b.title && a.tooltip === b.tooltip && argumentsKey(a.arguments) === argumentsKey(b.arguments);
}

function argumentsKey(args: readonly unknown[] | undefined): string {
  try {
    return JSON.stringify(args ?? []);
  } catch {
    // Arguments that are not plain data (a cycle) never count as the same.
    return `\u0000${Math.random()}`;
  }
}
