/**
 * The panel's "Insert into note": a person's commits since the last 1:1 (local git, opt-in) as a
 * "Since last time" list at the cursor of their open 1:1 note, as one undoable edit.
 */
import * as vscode from 'vscode';
import { INTERNAL_COMMANDS } from '../core/ids';
import { isoDate } from '../core/dates';
import { sinceLastTimeMarkdown } from '../core/people/sinceLastTime';
import { personCommits } from '../host/gitHistory';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayInfo, sayWarning } from './shared/notify';

/** What happened: how many commits went into the note, or why none did. */
export type InsertCommitsResult = { readonly inserted: number } | { readonly reason: string };

export async function insertCommits(services: Services, slug: string): Promise<InsertCommitsResult> {
  const editor = services.targetEditor();
  const inNote = editor && services.notes.personOfNote(editor.document.uri) === slug && editor.document.uri.path.endsWith('.md')
    && !editor.document.uri.path.endsWith('/person.md');
  if (!editor || !inNote) {
    const reason = vscode.l10n.t('Open their 1:1 note first (Start 1:1 Note), then insert the commits into it.');
    void sayWarning(reason);
    return { reason };
  }
  const result = await personCommits(services, slug, isoDate(new Date()));
  if (!result.commits) {
    void sayInfo(result.note);
    return { reason: result.note };
  }
  const label = result.since ? vscode.l10n.t('Since last time ({0})', result.since) : vscode.l10n.t('Since last time');
  await insertOwnBlock(editor, sinceLastTimeMarkdown(label, result.commits));
  return { inserted: result.commits.length };
}

/** Inserts `block` at the cursor as a paragraph of its own: blank lines around it, so it never joins a list above. */
function insertOwnBlock(editor: vscode.TextEditor, block: string): Thenable<boolean> {
  const { document } = editor;
  const position = editor.selection.active;
  const line = document.lineAt(position.line);
  const before = line.text.slice(0, position.character).trim() !== '' ? '\n\n'
    : position.line > 0 && !document.lineAt(position.line - 1).isEmptyOrWhitespace ? '\n' : '';
  const after = line.text.slice(position.character).trim() !== '' ? '\n\n' : '\n';
  return editor.edit((edit) => edit.insert(position, `${before}${block}${after}`));
}

export function registerInsertCommits(commands: CommandRegistry, services: Services): void {
  commands.register(INTERNAL_COMMANDS.insertCommits, (arg?: unknown) => {
    const person = arg && typeof arg === 'object' ? (arg as Record<string, unknown>).person : arg;
    return typeof person === 'string' ? insertCommits(services, person) : { reason: 'no person given' };
  });
}
