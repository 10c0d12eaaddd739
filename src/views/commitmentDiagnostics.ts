/**
 * Commitment problems in the Problems panel, on their line and columns: an `@name` that names
 * nobody or several people, an impossible or missing date, a second owner or date (only the first
 * counts), and a copy ticked in an older note while the carried copy is still open. The item is
 * never dropped for it: the view shows it as written. Updated only for the notes the index says
 * changed.
 */
import * as vscode from 'vscode';
import type { CommitmentProblem, TickedOlderCopy } from '../core/commitments/commitment';
import type { CommitmentsIndex } from '../host/commitmentsIndex';
import type { NotesFolder } from '../host/notesFolder';

export function problemMessage(p: CommitmentProblem): string {
  switch (p.kind) {
    case 'unknown-owner': return vscode.l10n.t('{0} names nobody: use a person\'s folder name, the first word of their name, or @me. The item stays, without an owner.', p.text);
    case 'ambiguous-owner': return vscode.l10n.t('{0} could be {1}: use the folder name. The item stays, without an owner.', p.text, (p.candidates ?? []).map((c) => `@${c}`).join(', '));
    case 'extra-owner': return vscode.l10n.t('{0} is a second owner; only the first owner counts.', p.text);
    case 'impossible-date': return vscode.l10n.t('{0} is no real day (YYYY-MM-DD); the item has no due date.', p.text);
    case 'missing-date': return vscode.l10n.t('{0} needs a date after it (YYYY-MM-DD); the item has no due date.', p.text);
    case 'extra-date': return vscode.l10n.t('{0} is a second date; only the first counts.', p.text);
  }
}

function findingMessage(f: TickedOlderCopy): string {
  return vscode.l10n.t('This copy is ticked, but the item was carried on and is still open in {0} (line {1}): tick it there to close the commitment.', f.live.path, f.live.line + 1);
}

export function registerCommitmentDiagnostics(index: CommitmentsIndex, notes: NotesFolder): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('twoHats.commitments');
  const shown = new Set<string>();
  const update = (path: string) => {
    const root = notes.root();
    if (!root) return;
    const uri = vscode.Uri.joinPath(root, ...path.split('/'));
    const { note, findings } = index.problemsAt(path);
    const diagnostics = [
      ...(note?.problems ?? []).map((p) => {
        const severity = p.kind === 'extra-owner' || p.kind === 'extra-date' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning;
        const d = new vscode.Diagnostic(new vscode.Range(p.line, p.column, p.endLine, p.endColumn), problemMessage(p), severity);
        d.source = 'Two Hats';
        d.code = p.kind;
        return d;
      }),
      ...findings.map((f) => {
        const d = new vscode.Diagnostic(new vscode.Range(f.ticked.line, 0, f.ticked.line, 0), findingMessage(f), vscode.DiagnosticSeverity.Information);
        d.source = 'Two Hats';
        d.code = f.kind;
        return d;
      }),
    ];
    if (diagnostics.length > 0) {
      collection.set(uri, diagnostics);
      shown.add(path);
    } else if (shown.delete(path)) collection.delete(uri);
  };
  const subscription = index.onDidChange((change) => {
    for (const path of change.paths) update(path);
  });
  void index.ready().then(() => {
    for (const path of index.paths()) update(path);
  }, () => undefined);
  return { dispose: () => { subscription.dispose(); collection.dispose(); } };
}
