/** Follows the markdown document a lead is reviewing and reports its why/how coverage as it changes. */
import * as vscode from 'vscode';
import { reviewCoverage } from '../core/designDocs/reviewCoverage';
import { isTwoHatsNote } from '../host/designDocs';
import type { Services } from '../host/services';
import type { CoverageView } from '../core/panel/protocol';

const DEBOUNCE_MS = 300;

export class ReviewTracker implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly services: Services) {
    this.follow(vscode.window.activeTextEditor);
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((e) => { if (this.follow(e)) this.changed.fire(); }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document !== this.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.changed.fire(), DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (d === this.document) { this.document = undefined; this.changed.fire(); } }),
    );
  }

  /** Follows markdown editors only; focus moving to the panel or another file type keeps the last one. */
  private follow(editor: vscode.TextEditor | undefined): boolean {
    if (!editor || editor.document.languageId !== 'markdown' || editor.document === this.document) return false;
    this.document = editor.document;
    return true;
  }

  /** The markdown document being followed, if still open. */
  followed(): vscode.TextDocument | undefined {
    return this.document && !this.document.isClosed ? this.document : undefined;
  }

  async coverage(): Promise<(CoverageView & { used: string[] }) | undefined> {
    const doc = this.document;
    if (!doc || doc.isClosed) return undefined;
    const content = await this.services.content.get();
    const text = doc.getText();
    const c = reviewCoverage(text, content);
    const document = vscode.workspace.asRelativePath(doc.uri);
    const { reviews, notes } = this.services;
    // A note is read by its headings and prompts only: its sections hold questions, not a design.
    if (isTwoHatsNote(doc, notes)) return { document, why: c.why, how: c.how, headings: c.headings, phases: [...c.phases], used: [...c.used] };
    // A doc: what its body says per phase, and what its review note already asks.
    const state = await reviews.stateOf(doc);
    const byPhase = new Map(state?.phases.map((p) => [p.phase, p]));
    const note = state?.note;
    const phases = c.phases.map((p) => {
      const b = byPhase.get(p.phase);
      return b ? { ...p, heading: b.state !== 'missing', state: b.state, words: b.words, whyTotal: b.whyTotal, howTotal: b.howTotal, whyAsked: b.whyAsked, howAsked: b.howAsked } : p;
    });
    return {
      document, why: c.why, how: c.how, headings: phases.filter((p) => p.heading).length, phases, used: [...c.used],
      ...(note ? { reviewNote: vscode.workspace.asRelativePath(note.uri) } : {}),
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
