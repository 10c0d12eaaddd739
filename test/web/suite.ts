/**
 * The web suite (`npm run test:web`): Two Hats in VS Code for the Web's web worker extension host,
 * on a copy of the demo workspace that @vscode/test-web mounts. Files are read back through
 * vscode.workspace.fs, as the extension itself does there.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/core/ids';

// No Node in a web worker, so no node:assert: the three checks this suite needs.
const assert = {
  ok(value: unknown, message: string): void {
    if (!value) throw new Error(message);
  },
  match(text: string, re: RegExp): void {
    if (!re.test(text)) throw new Error(`${JSON.stringify(text.slice(0, 400))} does not match ${re}`);
  },
  deepEqual(actual: unknown, expected: unknown): void {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${JSON.stringify(actual)} is not ${JSON.stringify(expected)}`);
  },
};

const decoder = new TextDecoder();
const today = () => new Date().toISOString().slice(0, 10);
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;

describe('Two Hats in VS Code for the Web', () => {
  before(async () => {
    await vscode.extensions.getExtension('two-hats.two-hats')!.activate();
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of Object.values(COMMANDS)) assert.ok(registered.has(id), id);
  });

  it('starts a 1:1 note with the open items of the last one carried over', async () => {
    await vscode.commands.executeCommand(COMMANDS.startOneOnOne, { person: 'sam-okafor' });
    const note = vscode.Uri.joinPath(folder(), 'notes', 'one-on-ones', 'sam-okafor', `${today()}.md`);
    const text = decoder.decode(await vscode.workspace.fs.readFile(note));
    assert.match(text, /## Carried over\n\n- \[ \] Write down the Q1 priority order/);
  });

  it('loads a team content pack through vscode.workspace.fs', async () => {
    const pack = vscode.Uri.joinPath(folder(), '.twohats', 'team.json');
    await vscode.workspace.fs.writeFile(pack, new TextEncoder().encode(JSON.stringify({ prompts: [
      { id: 'team.problem.customers', text: 'Which customer asked for this, and in what words?', hat: 'lead', asks: 'why', for: 'design-review', phase: 'problem' },
    ] })));
    assert.deepEqual(await vscode.commands.executeCommand(COMMANDS.validateContent), { loaded: 1, invalid: 0, problems: 0 });
  });
});
