/**
 * Two Hats: Start Design Review Note — asks for a title and renders the design-review
 * template, with why and how prompts per phase, into `<notes>/design-reviews/`.
 */
import * as vscode from 'vscode';
import { PROMPTS_PER_ASK } from '../core/content/promptQuery';
import type { Phase } from '../core/content/taxonomy';
import { phaseTexts } from '../core/markdown/blocks';
import { COMMANDS } from '../core/ids';
import { isoDate } from '../core/notes/noteNames';
import { prependFrontMatter, renderNote } from '../core/notes/renderTemplate';
import { slugify } from '../core/notes/slug';
import type { Services } from '../host/services';
import type { CommandRegistry } from './commandRegistry';
import { createDatedNote, ifExistsArg, noteLabels, type IfExists } from './createDatedNote';
import { warnNoFolder } from './noteDialogs';
import { sayError } from './say';

export async function startDesignReview(services: Services, givenTitle?: string, ifExists?: IfExists): Promise<vscode.Uri | undefined> {
  if (!services.notes.root()) return warnNoFolder();
  const title = (givenTitle ?? await vscode.window.showInputBox({
    title: vscode.l10n.t('Start Design Review Note'),
    prompt: vscode.l10n.t('What is under review?'),
    placeHolder: vscode.l10n.t('e.g. RFC-0042 event ingestion v2'),
    validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a title')),
  }))?.trim();
  if (!title) return undefined;
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
