/**
 * The review notes of design docs: the notes under `<notes>/design-reviews/` whose front matter
 * names a doc (`doc: docs/rfc.md`), from the notes index (each read once per file version), kept
 * until a review note changes on disk, never per keystroke. A note open in an editor is read from
 * the editor, so prompts added but not saved count too. No dialogs.
 */
import * as vscode from 'vscode';
import { docOutline, phaseCoverage, type DocOutline, type PhaseDocCoverage } from '../core/designDocs/docCoverage';
import type { Decision } from '../core/decisions/decision';
import { openQuestions } from '../core/decisions/openQuestions';
import { readDecision } from '../core/decisions/readDecision';
import { signOffOf, signOffSummary, type SignOff, type SignOffSummary } from '../core/decisions/signOff';
import { usedInDocument } from '../core/markdown/promptUse';
import { DESIGN_REVIEWS_FOLDER } from '../core/notes/noteNames';
import type { AskedLog } from './askedLog';
import type { ContentService } from './contentService';
import { isDesignDoc, workspacePath } from './designDocs';
import type { NotesFolder } from './notesFolder';

const REFRESH_DELAY_MS = 300;

/** A review note that names the doc it reviews. */
export interface ReviewNote {
  readonly uri: vscode.Uri;
  readonly fileName: string;
  /** The reviewed doc, workspace-relative and `/`-separated, as its front matter says. */
  readonly doc: string;
  /** The note's text when it was read. */
  readonly text: string;
}

/**
 * A design doc's review state, assembled in one place for the CodeLens, the panel and the
 * phase-prompt picker: the doc's outline, its newest review note, the prompts asked there, and
 * per phase how the doc covers it and how many of its prompts the note holds.
 */
export interface DocReviewState {
  /** The doc, workspace-relative and `/`-separated. */
  readonly path: string;
  /** Whether the document is a design doc (design-doc globs, or enough phase headings; never a note). */
  readonly isDesignDoc: boolean;
  readonly outline: DocOutline;
  /** Its newest review note, when it has one. */
  readonly note?: ReviewNote;
  /** Ids of the prompts the note holds or that were asked in it. */
  readonly reviewed: ReadonlySet<string>;
  /** Every phase in review order. */
  readonly phases: readonly PhaseDocCoverage[];
  /** The doc read as a decision (status, reviewers, revisit date), from its current text. */
  readonly decision: Decision;
  /** With a review note: who of the doc's reviewers and deciders signed off in it, and who not yet. */
  readonly signOff?: SignOffSummary;
  /** With a review note: its unticked prompts (questions still open). */
  readonly openQuestions?: number;
}

/** Who is to sign off a doc: its reviewers, then its deciders (each once, as signOff.ts compares them). */
export function signOffNames(decision: Decision): string[] {
  return [...decision.reviewers, ...decision.deciders];
}

/** What a review note says: who signed off (of `names`) and how many questions are open. */
export interface NoteReview {
  readonly signOff: SignOffSummary;
  readonly openQuestions: number;
}

/** `./docs\rfc.md` → `docs/rfc.md`: how a `doc:` value is compared with a document's path. */
export function normalizeDocPath(value: string): string {
  let path = value.trim().replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path;
}

export class ReviewNotes implements vscode.Disposable {
  private index: Promise<ReadonlyMap<string, readonly ReviewNote[]>> | undefined;
  /** URIs of the indexed notes, to notice edits in their open editors. */
  private known = new Set<string>();
  private used = new Map<string, { version: number; ids: ReadonlySet<string> }>();
  private signOffs = new Map<string, { version: number; signOff: SignOff; open: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (debounced) when a review note was added, changed or removed. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly notes: NotesFolder, private readonly content: ContentService, private readonly asked: AskedLog) {
    this.disposables.push(
      notes.onDidChange((change) => { if (change.all || [...change.paths].some((p) => p.startsWith(`${DESIGN_REVIEWS_FOLDER}/`))) this.invalidate(); }),
      content.onDidChange(() => this.invalidate()),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length > 0 && this.known.has(e.document.uri.toString())) this.schedule(); }),
    );
  }

  private invalidate(): void {
    this.index = undefined;
    this.used.clear();
    this.signOffs.clear();
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
  }

  /** The review notes of the doc at `docPath` (workspace-relative), newest first. */
  async forDoc(docPath: string): Promise<readonly ReviewNote[]> {
    this.index ??= this.build();
    return (await this.index).get(normalizeDocPath(docPath)) ?? [];
  }

  private async build(): Promise<ReadonlyMap<string, readonly ReviewNote[]>> {
    const byDoc = new Map<string, ReviewNote[]>();
    const index = await this.notes.ready();
    // Read like every note, through the index: never through a symbolic link, never past the size limit.
    const paths = index.children(DESIGN_REVIEWS_FOLDER).files.map((e) => e.path);
    await index.load(paths);
    const read: ReviewNote[] = paths.flatMap((path) => {
      const facts = index.get(path)?.value;
      const uri = this.notes.uriOf(path);
      return facts?.text !== undefined && facts.fields.doc && uri ? [{ uri, fileName: facts.fileName, doc: normalizeDocPath(facts.fields.doc), text: facts.text }] : [];
    });
    // Dated names (`2026-11-16-…`) sort by day: the newest note of a doc comes first.
    for (const note of read.sort((a, b) => (a.fileName < b.fileName ? 1 : -1))) {
      (byDoc.get(note.doc) ?? byDoc.set(note.doc, []).get(note.doc)!).push(note);
    }
    this.known = new Set(read.map((n) => n.uri.toString()));
    return byDoc;
  }

  /** Ids of the prompts the note holds (its open editor's text when open) or that were asked in it. */
  async reviewed(note: ReviewNote): Promise<Set<string>> {
    const key = note.uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const version = open ? open.version : -1;
    let cached = this.used.get(key);
    if (!cached || cached.version !== version) {
      const { prompts } = await this.content.get();
      cached = { version, ids: usedInDocument(open ? open.getText() : note.text, prompts) };
      this.used.set(key, cached);
    }
    return new Set([...cached.ids, ...Object.keys(this.asked.askedIn(this.asked.scopeOf(note.uri)))]);
  }

  /**
   * Sign-off and open questions of `note` (its open editor's text when open) for a doc whose
   * sign-off is expected from `names`; read once per note version.
   */
  async reviewOf(note: ReviewNote, names: readonly string[]): Promise<NoteReview> {
    const key = note.uri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const version = open ? open.version : -1;
    let cached = this.signOffs.get(key);
    if (!cached || cached.version !== version) {
      const { prompts } = await this.content.get();
      const text = open ? open.getText() : note.text;
      cached = { version, signOff: signOffOf(text), open: openQuestions(text, prompts) };
      this.signOffs.set(key, cached);
    }
    return { signOff: signOffSummary(cached.signOff, names), openQuestions: cached.open };
  }

  /**
   * The review state of `document` (its current text, unsaved edits included), or undefined when
   * it lies outside the workspace. Reads nothing from disk beyond the cached review notes.
   */
  async stateOf(document: vscode.TextDocument): Promise<DocReviewState | undefined> {
    const path = workspacePath(document.uri);
    if (!path) return undefined;
    const c = await this.content.get();
    const outline = docOutline(document.getText(), c.taxonomy, c.prompts);
    const note = (await this.forDoc(path))[0];
    const reviewed = note ? await this.reviewed(note) : new Set<string>();
    const decision = readDecision({ path, text: document.getText() }, c.taxonomy);
    const review = note ? await this.reviewOf(note, signOffNames(decision)) : undefined;
    return {
      path, isDesignDoc: isDesignDoc(document, outline.phases.length, this.notes), outline, ...(note ? { note } : {}), reviewed,
      phases: phaseCoverage(outline, c.prompts, reviewed), decision,
      ...(review ? { signOff: review.signOff, openQuestions: review.openQuestions } : {}),
    };
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
