/**
 * Two Hats: Start Design Review Note — asks for a title and renders the design-review
 * template, with why and how prompts per phase, into `<notes>/design-reviews/`. Started while a
 * design doc is the target editor, the note is that doc's review note (see startDocReview.ts).
 */
import * as vscode from 'vscode';
import { PROMPTS_PER_ASK } from '../core/content/promptQuery';
import type { Phase } from '../core/content/taxonomy';
import { phaseTexts } from '../core/markdown/contentBlocks';
import { docOutline } from '../core/designDocs/docCoverage';
import { COMMANDS } from '../core/ids';
import { isoDate } from '../core/dates';
import { prependFrontMatter, renderNote } from '../core/notes/renderTemplate';
import { slugify } from '../core/notes/slug';
import { isDesignDoc, workspacePath } from '../host/designDocs';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { createDatedNote, ifExistsArg, noteLabels, type IfExists } from './shared/createDatedNote';
import { warnNoFolder } from './shared/noteDialogs';
import { sayError } from './shared/notify';
import { createDocReviewNote, docTitle } from './startDocReview';

/**
 * The design doc in the target editor, when there is one: the note then links it (its `Doc:` line
 * and `doc:` front matter) and starts with what it misses. Otherwise `Doc: ` stays for the lead to fill.
 */
async function activeDesignDoc(services: Services): Promise<{ document: vscode.TextDocument; path: string; title: string } | undefined> {
  const document = services.targetEditor()?.document;
  if (!document || document.languageId !== 'markdown') return undefined;
  const path = workspacePath(document.uri);
  const c = await services.content.get();
  if (!path || !isDesignDoc(document, docOutline(document.getText(), c.taxonomy).phases.length, services.notes)) return undefined;
  return { document, path, title: await docTitle(services, document) };
}

export async function startDesignReview(services: Services, givenTitle?: string, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const doc = await activeDesignDoc(services);
  const title = (givenTitle ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Start Design Review Note'),
    prompt: vscode.l10n.t('What is under review?'),
    placeHolder: vscode.l10n.t('e.g. RFC-0042 event ingestion v2'),
    value: doc?.title,
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title')),
  }))?.trim();
  if (!title) return undefined;
  if (doc) return createDocReviewNote(services, doc.document, doc.path, { title, ifExists });
  const date = isoDate(new Date());
  return createDatedNote(services, {
    target: { kind: 'design-review', titleSlug: slugify(title, 'review') }, date, ifExists,
    async render() {
      const c = await services.content.get();
      const template = c.templates.find((t) => t.for === 'design-review');
      if (!template) {
        void sayError(vscode.l10n.t('No design-review note template is loaded.'));
        return undefined;
      }
      const phasePrompts = (phase: Phase) => phaseTexts(c.prompts, phase, PROMPTS_PER_ASK.note);
      return prependFrontMatter(renderNote(template, { title, date, carriedOver: [] }, phasePrompts, noteLabels(c)),
        { title, date, kind: 'design-review' });
    },
  });
}

export function registerStartDesignReview(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.startDesignReview, (arg?: unknown) => {
    // The palette passes nothing; scripts may pass a title or { title, ifExists }.
    const o = (arg && typeof arg === 'object' ? arg : { title: arg }) as Record<string, unknown>;
    return startDesignReview(services, typeof o.title === 'string' ? o.title : undefined, ifExistsArg(o.ifExists));
  });
}
