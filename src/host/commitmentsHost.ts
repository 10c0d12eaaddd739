/**
 * The commitments index in the extension host: it counts an open note's unsaved text as the lead
 * sees it (each change of a note's editor, debounced; back to the file on save or close), and it
 * is a due source of the status-bar item (host/dueSources.ts): `3 overdue`, the most overdue listed
 * in the tooltip, a click shows the Commitments view.
 */
import * as vscode from 'vscode';
import { dueState } from '../core/commitments/commitmentOrder';
import { COMMANDS } from '../core/ids';
import { escapeMarkdown } from '../core/markdown/escapeMarkdown';
import type { CommitmentsIndex } from './commitmentsIndex';
import type { DueReport, DueSource } from './dueSources';
import type { NotesFolder } from './notesFolder';

const OVERLAY_DELAY_MS = 300;
/** Tooltip lines at most (DueReport.lines). */
const TOOLTIP_LINES = 10;

/** Keeps the index's overlays in step with the notes' editors; dispose to stop. */
export function trackUnsavedNotes(index: CommitmentsIndex, notes: NotesFolder): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const pathOf = (document: vscode.TextDocument) => (document.uri.path.toLowerCase().endsWith('.md') ? notes.relativePath(document.uri) : undefined);
  const set = (document: vscode.TextDocument, delay: number) => {
    const path = pathOf(document);
    if (path === undefined || path === '') return;
    clearTimeout(timers.get(path));
    timers.set(path, setTimeout(() => {
      timers.delete(path);
      index.setOverlay(path, document.isDirty && !document.isClosed ? document.getText() : undefined);
    }, delay));
  };
  const subscriptions = [
    vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0 || !e.document.isDirty) set(e.document, OVERLAY_DELAY_MS); }),
    vscode.workspace.onDidSaveTextDocument((d) => set(d, 0)),
    vscode.workspace.onDidCloseTextDocument((d) => set(d, 0)),
  ];
  for (const d of vscode.workspace.textDocuments) if (d.isDirty) set(d, 0);
  return {
    dispose() {
      for (const s of subscriptions) s.dispose();
      for (const t of timers.values()) clearTimeout(t);
    },
  };
}

/** `overdue 3 d` as the status bar's tooltip says it. */
function overdueWords(due: string | undefined, today: string): string {
  const words = dueState(due, today);
  return words?.kind === 'overdue' ? vscode.l10n.t('overdue {0} d', words.days) : '';
}

/** Overdue commitments as a due source of the status-bar item. */
export function commitmentsDueSource(index: CommitmentsIndex): DueSource & vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const subscription = index.onDidChange(() => changed.fire());
  return {
    onDidChange: changed.event,
    async due(today: string): Promise<DueReport> {
      await index.ready();
      const overdue = index.overdue(today, TOOLTIP_LINES);
      const lines = overdue.top.map((c) => {
        const owner = c.owner.kind === 'me' ? vscode.l10n.t('me') : c.owner.kind === 'person' ? c.owner.name : vscode.l10n.t('shared');
        return `- ${escapeMarkdown(c.words || c.text)} (${escapeMarkdown(owner)}, ${overdueWords(c.due, today)})`;
      });
      if (overdue.count > TOOLTIP_LINES) lines.push(vscode.l10n.t('- and {0} more', overdue.count - TOOLTIP_LINES));
      return {
        count: overdue.count,
        short: vscode.l10n.t('{0} overdue', overdue.count),
        title: vscode.l10n.t('**Two Hats: commitments overdue**'),
        lines,
        command: { title: vscode.l10n.t('Show Commitments'), command: COMMANDS.showCommitments },
      };
    },
    dispose() {
      subscription.dispose();
      changed.dispose();
    },
  };
}
