/**
 * Two Hats: Copy 1:1 Recap — from the active 1:1 note, copies a short recap to paste into chat or
 * email: what was decided (`## Decisions`), who owes what by when (the note's open commitments),
 * and the next 1:1 from the person's cadence (core/commitments/recap.ts). Never front matter, never
 * anything private (core/notes/privacy.ts, failing closed); it says what it left out, like Copy
 * Shareable Note.
 */
import * as vscode from 'vscode';
import { noteCommitments } from '../core/commitments/noteCommitments';
import { recapMarkdown, type RecapLabels } from '../core/commitments/recap';
import { COMMANDS } from '../core/ids';
import { nextDue } from '../core/people/cadence';
import { placeOf } from '../host/noteFacts';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayInfo, sayWarning } from './shared/notify';

export function recapLabels(): RecapLabels {
  return {
    decisions: vscode.l10n.t('Decisions'),
    whoOwesWhat: vscode.l10n.t('Who owes what'),
    nextOneOnOne: vscode.l10n.t('Next 1:1'),
    me: vscode.l10n.t('Me'),
    shared: vscode.l10n.t('Shared'),
    due: vscode.l10n.t('due'),
  };
}

/** Copies the recap of the target editor's 1:1 note; returns the text copied, or undefined when nothing was. */
export async function copyRecap(services: Services): Promise<string | undefined> {
  const editor = services.targetEditor();
  const path = editor && services.notes.relativePath(editor.document.uri);
  const place = path !== undefined ? placeOf(path) : undefined;
  if (!editor || path === undefined || place?.kind !== 'oneOnOne' || !place.person || !place.date) {
    const file = editor ? vscode.workspace.asRelativePath(editor.document.uri) : undefined;
    void sayWarning(file
      ? vscode.l10n.t('Copy 1:1 Recap works on a 1:1 note (one-on-ones/<person>/<date>.md under the notes folder); {0} is not one.', file)
      : vscode.l10n.t('Open a 1:1 note first: Copy 1:1 Recap copies the active 1:1 note.'));
    return undefined;
  }
  await services.commitments.ready();
  const text = editor.document.getText();
  const note = noteCommitments({ path, kind: 'oneOnOne', person: place.person, date: place.date, ...(place.n !== undefined ? { n: place.n } : {}), text }, services.commitments.personRefs());
  const cadence = (await services.profiles.read(place.person).catch(() => undefined))?.profile?.cadence;
  const next = cadence ? nextDue(place.date, cadence) : undefined;
  const recap = recapMarkdown(text, note.items, next, recapLabels());
  const file = path.slice(path.lastIndexOf('/') + 1);
  if (recap.text === '') {
    void sayInfo(vscode.l10n.t('{0} has no decisions, open commitments or next 1:1 to recap; nothing was copied.', file));
    return undefined;
  }
  await vscode.env.clipboard.writeText(recap.text);
  const left: string[] = [];
  if (recap.leftOut.frontMatter) left.push(vscode.l10n.t('front matter'));
  if (recap.leftOut.privateSections > 0) left.push(recap.leftOut.privateSections === 1 ? vscode.l10n.t('1 private section ({0} lines)', recap.leftOut.privateLines) : vscode.l10n.t('{0} private sections ({1} lines)', recap.leftOut.privateSections, recap.leftOut.privateLines));
  if (recap.leftOut.ambiguous > 0) left.push(vscode.l10n.t('{0} parts where a private heading may hide in code or HTML', recap.leftOut.ambiguous));
  const privateItems = note.items.filter((c) => c.private && !c.checked).length;
  if (privateItems > 0 && recap.leftOut.privateSections === 0) left.push(vscode.l10n.t('{0} private commitments', privateItems));
  if (!cadence) left.push(vscode.l10n.t('the next 1:1 date (no cadence in the person\'s profile)'));
  void sayInfo(left.length > 0
    ? vscode.l10n.t('Copied the recap of {0}, without {1}.', file, left.join(', '))
    : vscode.l10n.t('Copied the recap of {0} (nothing was left out).', file));
  return recap.text;
}

export function registerCopyRecap(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.copyRecap, () => copyRecap(services));
}
