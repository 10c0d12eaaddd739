/**
 * Two Hats: Start Design Review Note — asks for a title and renders the design-review
 * template, with why and how prompts per phase, into `<notes>/design-reviews/`.
 */
import * as vscode from 'vscode';
import type { ContentSet } from '../content/contentSet';
import type { Phase } from '../content/schema';
import { designReviewFileName, DESIGN_REVIEWS_FOLDER, isoDate, nextFreeN } from '../notes/noteNames';
import { prependFrontMatter, renderNote } from '../notes/renderTemplate';
import { slugify } from '../notes/slug';
import { askExisting, createAndOpen, openNoteAt, warnNoFolder } from '../store/createNote';
import type { Services } from '../store/services';
import type { CommandRegistry } from './commandRegistry';
import { noteLabels, type IfExists } from './startOneOnOne';

/** How many prompts of each kind a phase section starts with; the panel and completions offer the rest. */
const PER_PHASE = 2;

export function phasePrompts(content: ContentSet) {
  return (phase: Phase) => {
    const inPhase = content.prompts.filter((p) => p.for === 'design-review' && p.phase === phase);
    return {
      why: inPhase.filter((p) => p.asks === 'why').slice(0, PER_PHASE).map((p) => p.text),
      how: inPhase.filter((p) => p.asks === 'how').slice(0, PER_PHASE).map((p) => p.text),
    };
  };
}

export async function startDesignReview(services: Services, givenTitle?: string, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  const root = services.notes.root();
  if (!root) return warnNoFolder();
  const title = (givenTitle ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Start Design Review Note'),
    prompt: vscode.l10n.t('What is under review?'),
    placeHolder: vscode.l10n.t('e.g. RFC-0042 event ingestion v2'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title')),
  }))?.trim();
  if (!title) return undefined;
  const c = await services.content.get();
  const template = c.templates.find((t) => t.for === 'design-review');
  if (!template) {
    void vscode.window.showErrorMessage(vscode.l10n.t('No design-review note template is loaded.'));
    return undefined;
  }
  const folder = vscode.Uri.joinPath(root, DESIGN_REVIEWS_FOLDER);
  const today = isoDate(new Date());
  const slug = slugify(title, 'review');
  let names: string[] = [];
  try {
    names = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
  } catch {
    // No folder yet: it is created with the note.
  }
  let n = 1;
  if (names.some((f) => f.toLowerCase() === designReviewFileName(slug, today))) {
    const existing = vscode.Uri.joinPath(folder, designReviewFileName(slug, today));
    const choice = ifExists ?? await askExisting(existing);
    if (choice === 'open') return (await openNoteAt(existing)).document.uri;
    if (choice !== 'new') return undefined;
    n = nextFreeN(names, (k) => designReviewFileName(slug, today, k));
  }
  const note = prependFrontMatter(renderNote(template, { title, date: today, carriedOver: [] }, phasePrompts(c), noteLabels(c)),
    { title, date: today, kind: 'design-review' });
  return createAndOpen(vscode.Uri.joinPath(folder, designReviewFileName(slug, today, n)), note);
}

export function registerStartDesignReview(commands: CommandRegistry, services: Services): void {
  commands.register('twoHats.startDesignReview', (arg?: unknown) => {
    // The palette passes nothing; scripts may pass a title or { title, ifExists }.
    const o = (arg && typeof arg === 'object' ? arg : { title: arg }) as Record<string, unknown>;
    const ifExists = o.ifExists === 'open' || o.ifExists === 'new' ? o.ifExists : undefined;
    return startDesignReview(services, typeof o.title === 'string' ? o.title : undefined, ifExists);
  });
}
