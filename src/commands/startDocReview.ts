/**
 * Two Hats: Start Review of This Doc — writes a review note of the active markdown doc (or the
 * doc a CodeLens or the editor title passes) under `<notes>/design-reviews/`, through the one
 * dated-note path. Its front matter names the doc (`doc:`), its Context section links it and
 * names its author, and its phase sections start with what the doc misses or covers thinly.
 * When the doc already has a review note, that one is offered first.
 */
import * as vscode from 'vscode';
import type { Phase } from '../core/content/schema';
import { PROMPTS_PER_ASK } from '../core/content/promptQuery';
import { COMMANDS } from '../core/ids';
import { phaseTexts, type WhyHowTexts } from '../core/markdown/contentBlocks';
import { docAuthor } from '../core/designDocs/docAuthor';
import { docOutline, phaseCoverage } from '../core/designDocs/docCoverage';
import type { PhaseState } from '../core/designDocs/phaseStates';
import { docReviewNote } from '../core/designDocs/docReviewNote';
import { isoDate } from '../core/dates';
import { slugify } from '../core/notes/slug';
import { readDecision } from '../core/decisions/readDecision';
import { lastRevisitOf, revisitDue } from '../core/decisions/revisit';
import { signOffLines } from '../core/decisions/signOff';
import { revisitAfterMonths } from '../host/decisions';
import { isTwoHatsNote, workspacePath } from '../host/designDocs';
import { signOffNames, type ReviewNote } from '../host/reviewNotes';
import { openNoteAt } from '../host/noteWriter';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { createDatedNote, ifExistsArg, noteLabels, type IfExists } from './shared/createDatedNote';
import { warnNoFolder } from './shared/noteDialogs';
import { sayError, sayInfo, sayWarning } from './shared/notify';

export interface DocReviewOptions {
  readonly ifExists?: IfExists;
  readonly reveal?: 'focus' | 'beside';
  /** The note's title; the doc's first heading when not given. */
  readonly title?: string;
  /** Prompts chosen for one phase (from its CodeLens): listed under that phase instead of the first few. */
  readonly chosen?: { readonly phase: Phase; readonly texts: WhyHowTexts };
  /** A revisit review: the content's revisit template (what changed, does it still hold, supersede or keep). */
  readonly revisit?: boolean;
}

/** The file name without its extension: the title of a doc without headings. */
function baseName(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name.replace(/\.[^.]*$/, '') || name;
}

/** The doc's title: its first heading, else its file name. */
export async function docTitle(services: Services, document: vscode.TextDocument): Promise<string> {
  const { taxonomy } = await services.content.get();
  return docOutline(document.getText(), taxonomy).title?.text || baseName(document.uri);
}

function remarkFor(state: PhaseState | undefined, words: number): string | undefined {
  if (state === 'missing') return vscode.l10n.t('The doc has no section on this yet.');
  if (state === 'thin') return vscode.l10n.t('The doc says little here so far ({0} words).', words);
  return undefined;
}

/** Writes a new review note of `document` (at `path`, workspace-relative) and opens it. */
export async function createDocReviewNote(services: Services, document: vscode.TextDocument, path: string, options: DocReviewOptions = {}): Promise<vscode.Uri | undefined> {
  const c = await services.content.get();
  const text = document.getText();
  const outline = docOutline(text, c.taxonomy, c.prompts);
  const coverage = phaseCoverage(outline, c.prompts, new Set());
  const states = new Map(coverage.map((p) => [p.phase, p.state]));
  const title = options.title ?? (outline.title?.text || baseName(document.uri));
  const date = isoDate(new Date());
  const author = docAuthor(text);
  const decision = readDecision({ path, text }, c.taxonomy);
  const revisit = options.revisit === true;
  return createDatedNote(services, {
    target: { kind: 'design-review', titleSlug: slugify(title, revisit ? 'revisit' : 'review') }, date, ifExists: options.ifExists, reveal: options.reveal,
    async render(plan) {
      const template = revisit
        ? c.templates.find((t) => t.for === 'design-review' && t.kind === 'revisit')
        : c.templates.find((t) => t.for === 'design-review' && (t.kind === undefined || t.kind === 'regular'));
      if (!template) {
        void sayError(revisit ? vscode.l10n.t('No design-review note template of kind "revisit" is loaded.') : vscode.l10n.t('No design-review note template is loaded.'));
        return undefined;
      }
      const chosen = options.chosen;
      return docReviewNote({
        template, title, date,
        doc: { path, title, states, ...(author ? { author } : {}) },
        notePath: workspacePath(services.notes.uriOf(plan.path)!) ?? plan.path,
        phasePrompts: (phase) => (chosen?.phase === phase ? chosen.texts : phaseTexts(c.prompts, phase, PROMPTS_PER_ASK.note)),
        labels: noteLabels(c),
        ...(chosen ? { focus: chosen.phase } : {}),
        signOff: signOffLines(signOffNames(decision)),
        revisit,
        remark: (phase) => remarkFor(states.get(phase), coverage.find((p) => p.phase === phase)?.words ?? 0),
      });
    },
  });
}

/** When the doc has a review note already: open the newest, or make another. */
async function askExistingReview(existing: vscode.Uri, count: number): Promise<'open' | 'new' | undefined> {
  const open = vscode.l10n.t('Open Review Note');
  const create = vscode.l10n.t('Create Another');
  const answer = await sayInfo(count > 1
    ? vscode.l10n.t('This doc has {0} review notes already, the newest is {1}.', count, vscode.workspace.asRelativePath(existing))
    : vscode.l10n.t('This doc has a review note already: {0}.', vscode.workspace.asRelativePath(existing)), open, create);
  return answer === open ? 'open' : answer === create ? 'new' : undefined;
}

/** The markdown doc to review: the given one, else the target editor's; warns and returns undefined when there is none. */
async function docToReview(services: Services, docUri?: vscode.Uri): Promise<{ document: vscode.TextDocument; path: string } | undefined> {
  const document = docUri ? await vscode.workspace.openTextDocument(docUri) : services.targetEditor()?.document;
  if (!document || document.languageId !== 'markdown') {
    void sayWarning(vscode.l10n.t('Open a markdown design doc first: Two Hats reviews the doc in the active editor.'));
    return undefined;
  }
  if (isTwoHatsNote(document, services.notes)) {
    void sayWarning(vscode.l10n.t('{0} is a Two Hats note. Open the design doc it reviews, then start its review.', vscode.workspace.asRelativePath(document.uri)));
    return undefined;
  }
  const path = workspacePath(document.uri);
  if (!path) {
    void sayWarning(vscode.l10n.t('Two Hats reviews docs inside the workspace folder; {0} is outside it.', vscode.workspace.asRelativePath(document.uri)));
    return undefined;
  }
  return { document, path };
}

/** Whether the doc is due for a revisit (its `revisit:` date, or its age by the setting), given its review notes. */
async function revisitIsDue(services: Services, document: vscode.TextDocument, path: string, notes: readonly ReviewNote[]): Promise<boolean> {
  const { taxonomy } = await services.content.get();
  const decision = readDecision({ path, text: document.getText() }, taxonomy);
  return revisitDue(decision, isoDate(new Date()), revisitAfterMonths(document.uri), lastRevisitOf(path, notes))?.due === true;
}

export async function startDocReview(services: Services, docUri?: vscode.Uri, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const target = await docToReview(services, docUri);
  if (!target) return undefined;
  const existing = await services.reviews.forDoc(target.path);
  if (await revisitIsDue(services, target.document, target.path, existing)) {
    return createDocReviewNote(services, target.document, target.path, { ...(ifExists ? { ifExists } : {}), revisit: true });
  }
  let choice = ifExists;
  if (existing.length > 0) {
    choice ??= await askExistingReview(existing[0]!.uri, existing.length);
    if (choice === 'open') return (await openNoteAt(existing[0]!.uri)).document.uri;
    if (choice !== 'new') return undefined;
  }
  return createDocReviewNote(services, target.document, target.path, { ifExists: choice });
}

export function registerStartDocReview(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.startDocReview, (arg?: unknown) => {
    // The palette passes nothing, the editor title and the CodeLens the doc's URI; scripts may
    // pass { uri, ifExists }.
    const o = (arg instanceof vscode.Uri || !arg || typeof arg !== 'object' ? { uri: arg } : arg) as Record<string, unknown>;
    const uri = o.uri instanceof vscode.Uri ? o.uri : typeof o.uri === 'string' ? vscode.Uri.parse(o.uri) : undefined;
    return startDocReview(services, uri, ifExistsArg(o.ifExists));
  });
}
