/** Shared helpers for suites that run inside a real extension host. */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { TwoHatsApi } from '../../src/extension';

export const EXTENSION_ID = 'two-hats.two-hats';

/**
 * Two Hats once VS Code has activated it on one of its own activation events (onStartupFinished
 * in these runs). Tests never call activate() themselves: then a broken activation fails them
 * all, and the "activates" test can check how activation happened.
 */
export async function twoHatsActivated(): Promise<{ ext: vscode.Extension<TwoHatsApi>; api: TwoHatsApi }> {
  const ext = vscode.extensions.getExtension<TwoHatsApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
  await waitFor('VS Code to activate Two Hats on one of its activation events', () => ext.isActive, 15_000);
  return { ext, api: ext.exports };
}

/**
 * The text of this extension host's log, where VS Code records each activation and its event. The
 * test-runner extension (code-server, test/harness/run-integration.mjs) names its folder; under
 * @vscode/test-electron it is the newest session's in the default user-data folder.
 */
export async function extensionHostLog(): Promise<string> {
  const runner = vscode.extensions.getExtension<{ extensionHostLogDir?: string }>('two-hats.test-runner');
  const candidates: string[] = [];
  if (runner?.isActive && runner.exports?.extensionHostLogDir) {
    const dir = runner.exports.extensionHostLogDir;
    candidates.push(join(dir, 'remoteexthost.log'), join(dir, 'exthost.log'));
  } else {
    const logs = join(vscode.extensions.getExtension(EXTENSION_ID)?.extensionPath ?? '', '.vscode-test', 'user-data', 'logs');
    const sessions = existsSync(logs) ? readdirSync(logs).sort() : [];
    if (sessions.length) candidates.push(join(logs, sessions[sessions.length - 1]!, 'window1', 'exthost', 'exthost.log'));
  }
  const found = candidates.find((f) => existsSync(f));
  assert.ok(found, `no extension host log among: ${candidates.join(', ') || '(no place to look)'}`);
  return readFileSync(found, 'utf8');
}

export async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the integration tests need a workspace folder');
  return folder.uri;
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/**
 * The file's text once `ready` holds for it; fails after `ms` with the last text read. A file Two
 * Hats edits through a WorkspaceEdit reaches the disk by its save or, in code-server, by auto save,
 * whose write a read can catch half done.
 */
export async function readTextWhen(uri: vscode.Uri, ready: (text: string) => boolean, ms = 5000): Promise<string> {
  const deadline = Date.now() + ms;
  let text = '';
  for (;;) {
    text = await readText(uri).catch(() => '');
    if (ready(text)) return text;
    if (Date.now() > deadline) throw new Error(`${vscode.workspace.asRelativePath(uri)} did not get the expected text within ${ms} ms; last text:\n${text}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Today as the extension names notes (local date). */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Closes every editor, reverting unsaved ones first (a save prompt would block the run). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((g) => g.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
