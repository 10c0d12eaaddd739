/**
 * The Commitments view's commands: Show Commitments (focuses the view), Mark Done and Open Note
 * (its inline actions on a row), and the person filter. Mark Done is one WorkspaceEdit on the
 * task's line (core/commitments/markDone.ts): Undo takes it back, and a note open with unsaved
 * changes is edited in its editor and left unsaved; a note without unsaved changes is saved, so
 * the index (which reads the disk) sees it at once.
 */
import * as vscode from 'vscode';
import type { Commitment } from '../core/commitments/commitment';
import { markDoneEdit } from '../core/commitments/markDone';
import { isoDate } from '../core/dates';
import { COMMANDS, VIEWS } from '../core/ids';
import { commitmentOfArg } from '../host/commitmentsIndex';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayError, sayWarning } from './shared/notify';

/** What the view lets the commands change: the person filter. */
export interface CommitmentsFilter {
  readonly person: string | undefined;
  setPerson(slug: string | undefined): void;
}

function uriOf(services: Services, c: Commitment): vscode.Uri | undefined {
  const root = services.notes.root();
  return root && vscode.Uri.joinPath(root, ...c.source.path.split('/'));
}

/** The start of the item's words on its first line, to find it again when lines moved. */
function firstWords(c: Commitment): string {
  return c.text.slice(0, 40).trim();
}

/** The line the commitment is on now: its recorded line when it still holds it, else the one open task line with its first words. */
export function lineOf(document: { readonly lineCount: number; lineAt(line: number): { readonly text: string } }, c: Commitment, today: string): number | undefined {
  const words = firstWords(c);
  const holds = (line: number) => line < document.lineCount && markDoneEdit(document.lineAt(line).text, today) !== undefined && document.lineAt(line).text.includes(words);
  if (holds(c.source.line)) return c.source.line;
  const found: number[] = [];
  for (let i = 0; i < document.lineCount && found.length < 2; i++) if (holds(i)) found.push(i);
  return found.length === 1 ? found[0] : undefined;
}

/** Ticks the commitment's box and adds `✅ <today>` in one WorkspaceEdit; returns whether it did. */
export async function markCommitmentDone(services: Services, arg: unknown, today = isoDate(new Date())): Promise<boolean> {
  const c = commitmentOfArg(arg);
  if (!c) {
    void sayWarning(vscode.l10n.t('Mark Done works on a commitment in the Commitments view.'));
    return false;
  }
  const uri = uriOf(services, c);
  if (!uri) {
    void sayError(vscode.l10n.t('Could not mark {0} done: no workspace folder is open.', c.source.path));
    return false;
  }
  let document: vscode.TextDocument;
  try {
    document = await vscode.workspace.openTextDocument(uri);
  } catch (error) {
    void sayError(vscode.l10n.t('Could not mark done in {0}: {1}', c.source.path, (error as Error).message));
    return false;
  }
  const line = lineOf(document, c, today);
  if (line === undefined) {
    void sayWarning(vscode.l10n.t('Could not mark done in {0}: line {1} is no longer the open task "{2}". The note changed; the view will catch up.', c.source.path, c.source.line + 1, firstWords(c)));
    return false;
  }
  const change = markDoneEdit(document.lineAt(line).text, today)!;
  const wasDirty = document.isDirty;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(line, change.start, line, change.end), change.text);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void sayError(vscode.l10n.t('Could not mark done in {0}: VS Code did not apply the edit (is the file read-only?).', c.source.path));
    return false;
  }
  if (!wasDirty) await document.save();
  return true;
}

async function openNote(services: Services, arg: unknown): Promise<void> {
  const c = commitmentOfArg(arg);
  const uri = c && uriOf(services, c);
  if (!c || !uri) {
    void sayWarning(vscode.l10n.t('Open Note works on a commitment in the Commitments view.'));
    return;
  }
  try {
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(c.source.line, 0, c.source.line, 0) });
  } catch (error) {
    void sayError(vscode.l10n.t('Could not open {0}: {1}', c.source.path, (error as Error).message));
  }
}

async function filterByPerson(services: Services, filter: CommitmentsFilter): Promise<void> {
  await services.commitments.ready();
  const everyone = { label: vscode.l10n.t('Everyone'), slug: undefined as string | undefined };
  const people = services.commitments.personRefs().map((p) => ({ label: p.name, description: p.slug, slug: p.slug as string | undefined }));
  const picked = await vscode.window.showQuickPick([everyone, ...people], { placeHolder: vscode.l10n.t('Show the commitments of one person') });
  if (picked) filter.setPerson(picked.slug);
}

export function registerCommitmentCommands(commands: CommandRegistry, services: Services, filter: CommitmentsFilter): void {
  commands.register(COMMANDS.showCommitments, () => vscode.commands.executeCommand(`${VIEWS.commitments}.focus`));
  commands.register(COMMANDS.markCommitmentDone, (arg?: unknown) => markCommitmentDone(services, arg));
  commands.register(COMMANDS.openCommitmentNote, (arg?: unknown) => openNote(services, arg));
  commands.register(COMMANDS.filterCommitments, () => filterByPerson(services, filter));
}
