/** Shared helpers for suites that run inside a real extension host. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TwoHatsApi } from '../../src/extension';

export const EXTENSION_ID = 'two-hats.two-hats';

export async function activateTwoHats(): Promise<{ ext: vscode.Extension<TwoHatsApi>; api: TwoHatsApi }> {
  const ext = vscode.extensions.getExtension<TwoHatsApi>(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed in this extension host`);
  const api = await ext.activate();
  return { ext, api };
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
 * The file's text once `ready` holds for it, or its last text after `ms`. A file Two Hats edits
 * through a WorkspaceEdit reaches the disk by its save or, in code-server, by auto save, whose
 * write a read can catch half done.
 */
export async function readTextWhen(uri: vscode.Uri, ready: (text: string) => boolean, ms = 5000): Promise<string> {
  const deadline = Date.now() + ms;
  let text = '';
  do {
    text = await readText(uri).catch(() => '');
    if (ready(text)) return text;
    await new Promise((r) => setTimeout(r, 100));
  } while (Date.now() < deadline);
  return text;
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
