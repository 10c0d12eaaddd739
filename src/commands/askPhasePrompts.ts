/**
 * What a design doc's phase CodeLens runs: offers that phase's why and how prompts (those not yet
 * in the doc's review note first, several at once) and adds the chosen ones to the review note,
 * creating it on first use, as one undoable edit. The chosen prompts count as asked in the note.
 */
import * as vscode from 'vscode';
import { labelOf } from '../core/content/contentSet';
import { pickPhasePrompts } from '../core/content/promptQuery';
import type { DesignPrompt, Phase } from '../core/content/schema';
import { PHASES } from '../core/content/taxonomy';
import { INTERNAL_COMMANDS } from '../core/ids';
import { whyHowLabels, type WhyHowTexts } from '../core/markdown/contentBlocks';
import { phaseInsertion } from '../core/designDocs/docReviewNote';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayError } from './shared/notify';
import { createDocReviewNote } from './startDocReview';
import { quickPickText } from '../core/markdown/escapeMarkdown';

interface PromptItem extends vscode.QuickPickItem {
  readonly prompt?: DesignPrompt;
}

async function choosePrompts(services: Services, phase: Phase, all: readonly DesignPrompt[], reviewed: ReadonlySet<string>, docName: string): Promise<DesignPrompt[]> {
  const { taxonomy } = await services.content.get();
  const item = (prompt: DesignPrompt): PromptItem => ({
    label: quickPickText(prompt.text), description: quickPickText(`${labelOf(taxonomy.hats, prompt.hat)} · ${labelOf(taxonomy.asks, prompt.asks)}`), detail: prompt.followUp && quickPickText(prompt.followUp), prompt,
  });
  const fresh = all.filter((p) => !reviewed.has(p.id));
  const done = all.filter((p) => reviewed.has(p.id));
  const items: PromptItem[] = [
    ...(fresh.length > 0 ? [{ label: vscode.l10n.t('Not yet in the review note'), kind: vscode.QuickPickItemKind.Separator }, ...fresh.map(item)] : []),
    ...(done.length > 0 ? [{ label: vscode.l10n.t('Already in the review note'), kind: vscode.QuickPickItemKind.Separator }, ...done.map(item)] : []),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true, matchOnDescription: true,
    title: vscode.l10n.t('{0}: prompts for the review of {1}', labelOf(taxonomy.phases, phase), docName),
    placeHolder: vscode.l10n.t('Pick the prompts to add to the review note'),
  });
  return (picked ?? []).flatMap((i) => (i.prompt ? [i.prompt] : []));
}

/** Adds `texts` to the phase's section of an existing review note in one edit, saves it unless it had unsaved changes, and shows it beside. */
async function addToNote(services: Services, noteUri: vscode.Uri, phase: Phase, texts: WhyHowTexts): Promise<vscode.Uri | undefined> {
  const { taxonomy } = await services.content.get();
  const note = await vscode.workspace.openTextDocument(noteUri);
  const hadChanges = note.isDirty;
  const at = phaseInsertion(note.getText(), phase, texts, taxonomy, whyHowLabels(taxonomy));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(noteUri, new vscode.Position(at.line, at.character), at.text);
  if (!await vscode.workspace.applyEdit(edit)) {
    void sayError(vscode.l10n.t('Could not add the prompts to {0}: the editor refused the change.', vscode.workspace.asRelativePath(noteUri)));
    return undefined;
  }
  // A note with the lead's own unsaved edits stays unsaved: saving is theirs to decide.
  if (!hadChanges) await note.save();
  const editor = await vscode.window.showTextDocument(note, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: false });
  const end = note.positionAt(note.offsetAt(new vscode.Position(at.line, at.character)) + at.text.length);
  editor.revealRange(new vscode.Range(at.line, 0, end.line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return noteUri;
}

/**
 * Adds prompts of `phase` to the review note of the doc at `docUri`: the ones with `ids` when given
 * (scripts and tests), else those the lead picks. Returns the note's URI, or undefined when nothing was added.
 */
export async function askPhasePrompts(services: Services, docUri: vscode.Uri, phase: Phase, ids?: readonly string[]): Promise<vscode.Uri | undefined> {
  const document = await vscode.workspace.openTextDocument(docUri);
  const state = await services.reviews.stateOf(document);
  if (!state) return undefined;
  const { path, note, reviewed } = state;
  const c = await services.content.get();
  const pick = pickPhasePrompts(c.prompts, phase);
  const all = [...pick.why, ...pick.how];
  const chosen = ids ? all.filter((p) => ids.includes(p.id)) : await choosePrompts(services, phase, all, reviewed, path);
  if (chosen.length === 0) return undefined;
  const texts = { why: chosen.filter((p) => p.asks === 'why').map((p) => p.text), how: chosen.filter((p) => p.asks === 'how').map((p) => p.text) };
  const uri = note
    ? await addToNote(services, note.uri, phase, texts)
    : await createDocReviewNote(services, document, path, { chosen: { phase, texts }, ifExists: 'new', reveal: 'beside' });
  if (uri) await services.asked.record(uri, chosen.map((p) => p.id));
  return uri;
}

export function registerAskPhasePrompts(commands: CommandRegistry, services: Services): void {
  commands.register(INTERNAL_COMMANDS.askPhasePrompts, (doc: unknown, phase: unknown, ids?: unknown) => {
    const uri = doc instanceof vscode.Uri ? doc : typeof doc === 'string' ? vscode.Uri.parse(doc) : undefined;
    if (!uri || !PHASES.includes(phase as Phase)) return undefined;
    const given = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : undefined;
    return askPhasePrompts(services, uri, phase as Phase, given);
  });
}
