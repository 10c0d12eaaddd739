/**
 * CodeLens on design docs: at the top, Start Review of This Doc (or Open review note once the
 * doc has one); above each heading that names a review phase, the phase, how well the doc covers
 * it and how many of its why and how prompts are not yet in the review note, for example
 * "Rollout · thin · 2 why, 3 how to ask". Clicking it offers those prompts. Once the doc has a
 * review note, a second lens at the top says who signed off ("1 of 2 signed off") and how many
 * of the note's prompts are still open.
 *
 * Cheap on every keystroke: lenses come from the doc's review state (host/reviewNotes.ts stateOf:
 * one linear pass over the text, with the content and the review notes from their caches); files
 * are read only when the notes folder changes. VS Code asks again after
 * edits with its own delay; our own refreshes (a review note, the content) wait 300 ms.
 */
import * as vscode from 'vscode';
import { labelOf } from '../core/content/contentSet';
import { COMMANDS, INTERNAL_COMMANDS, SETTINGS_SECTION } from '../core/ids';
import type { SignOffSummary } from '../core/decisions/signOff';
import type { SectionState } from '../core/designDocs/phaseStates';
import { visibleText } from '../core/visibleText';
import { codeLensEnabled } from '../host/designDocs';
import type { Services } from '../host/services';

const REFRESH_DELAY_MS = 300;

function stateLabel(state: SectionState): string {
  return state === 'thin' ? vscode.l10n.t('thin') : vscode.l10n.t('covered');
}

/**
 * The top lens beside the review note's: "1 of 2 signed off" and "3 open questions" (unticked
 * prompts in the review note), and who has not signed off yet; undefined when there is neither.
 */
export function reviewLensTitle(signOff: SignOffSummary | undefined, openQuestions: number | undefined): { title: string; missing?: string } | undefined {
  const parts: string[] = [];
  if (signOff && signOff.total > 0) parts.push(vscode.l10n.t('{0} of {1} signed off', signOff.signed, signOff.total));
  if (openQuestions && openQuestions > 0) parts.push(openQuestions === 1 ? vscode.l10n.t('1 open question') : vscode.l10n.t('{0} open questions', openQuestions));
  if (parts.length === 0) return undefined;
  const missing = signOff && signOff.missing.length > 0 ? signOff.missing.map(visibleText).join(', ') : undefined;
  return { title: parts.join(' · '), ...(missing ? { missing } : {}) };
}

export class DesignDocLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly services: Services) {
    this.disposables.push(
      services.reviews.onDidChange(() => this.refresh()),
      services.content.onDidChange(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration(SETTINGS_SECTION)) this.refresh(); }),
    );
  }

  /** Asks VS Code for fresh lenses, at most once per REFRESH_DELAY_MS. */
  refresh(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!codeLensEnabled(document.uri)) return [];
    const state = await this.services.reviews.stateOf(document);
    if (!state?.isDesignDoc) return [];
    const { outline, note } = state;
    const c = await this.services.content.get();
    const coverage = new Map(state.phases.map((p) => [p.phase, p]));

    const top = new vscode.Range(outline.title?.line ?? 0, 0, outline.title?.line ?? 0, 0);
    const lenses = [new vscode.CodeLens(top, note
      ? { title: vscode.l10n.t('Open review note'), command: 'vscode.open', arguments: [note.uri], tooltip: vscode.workspace.asRelativePath(note.uri) }
      : { title: vscode.l10n.t('Start Review of This Doc'), command: COMMANDS.startDocReview, arguments: [document.uri] })];
    const review = reviewLensTitle(state.signOff, state.openQuestions);
    if (note && review) {
      lenses.push(new vscode.CodeLens(top, {
        title: review.title, command: 'vscode.open', arguments: [note.uri],
        tooltip: review.missing ? vscode.l10n.t('Not signed off yet: {0}', review.missing) : vscode.workspace.asRelativePath(note.uri),
      }));
    }
    for (const section of outline.sections) {
      const p = coverage.get(section.phase)!;
      const phase = labelOf(c.taxonomy.phases, section.phase);
      const why = p.whyTotal - p.whyAsked;
      const how = p.howTotal - p.howAsked;
      const title = why + how > 0
        ? vscode.l10n.t('{0} · {1} · {2} why, {3} how to ask', phase, stateLabel(section.state), why, how)
        : vscode.l10n.t('{0} · {1} · all asked', phase, stateLabel(section.state));
      lenses.push(new vscode.CodeLens(new vscode.Range(section.line, 0, section.line, 0), {
        title, command: INTERNAL_COMMANDS.askPhasePrompts, arguments: [document.uri, section.phase],
        tooltip: vscode.l10n.t('Pick {0} prompts to add to the review note of this doc', phase),
      }));
    }
    return lenses;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
