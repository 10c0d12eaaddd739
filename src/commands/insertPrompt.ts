/**
 * Two Hats: Insert Prompt — every prompt in a quick pick (filter by typing words, hat, why/how,
 * phase or category), inserted at the cursor; remembers what was asked in which note.
 */
import * as vscode from 'vscode';
import { labelOf, type ContentSet } from '../core/content/contentSet';
import type { Prompt } from '../core/content/schema';
import { promptInsertion } from '../core/markdown/promptText';
import { COMMANDS } from '../core/ids';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { warnNoEditor } from './shared/editorInsert';
import { quickPickText } from '../core/markdown/escapeMarkdown';

interface PromptItem extends vscode.QuickPickItem {
  readonly prompt?: Prompt;
}

/** The items of each content version, built once: the quick pick of a warm call shows at once. */
const itemsOf = new WeakMap<ContentSet, readonly PromptItem[]>();

export function promptPickItems(content: ContentSet): readonly PromptItem[] {
  const known = itemsOf.get(content);
  if (known) return known;
  const items = buildItems(content);
  itemsOf.set(content, items);
  return items;
}

function buildItems(content: ContentSet): PromptItem[] {
  const t = content.taxonomy;
  const items: PromptItem[] = [];
  let group = '';
  for (const prompt of content.prompts) {
    const where = prompt.for === 'design-review' ? labelOf(t.phases, prompt.phase) : labelOf(t.categories, prompt.category);
    const heading = `${labelOf(t.meetings, prompt.for)}: ${where}`;
    if (heading !== group) {
      items.push({ label: heading, kind: vscode.QuickPickItemKind.Separator });
      group = heading;
    }
    items.push({
      label: quickPickText(prompt.text),
      description: quickPickText(`${labelOf(t.hats, prompt.hat)} · ${labelOf(t.asks, prompt.asks)} · ${where}`),
      // The follow-up question shows under the prompt; tags help the filter.
      detail: quickPickText([prompt.followUp, prompt.tags?.length ? prompt.tags.map((tag) => `#${tag}`).join(' ') : undefined].filter(Boolean).join('  ·  ')) || undefined,
      prompt,
    });
  }
  return items;
}

/** Inserts `text` at every selection of `editor` as one undoable edit. */
export async function insertPromptText(editor: vscode.TextEditor, text: string): Promise<boolean> {
  return editor.edit((edit) => {
    for (const selection of editor.selections) {
      const prefix = editor.document.lineAt(selection.start.line).text.slice(0, selection.start.character);
      edit.replace(selection, promptInsertion(text, prefix));
    }
  });
}

/** Inserts a prompt (by id, or picked) into the target editor. Returns whether text went in. */
export async function insertPrompt(services: Services, id?: string): Promise<boolean> {
  const editor = services.targetEditor();
  if (!editor) {
    warnNoEditor();
    return false;
  }
  const content = await services.content.get();
  let prompt = id ? content.prompts.find((p) => p.id === id) : undefined;
  if (!prompt) {
    const picked = await vscode.window.showQuickPick(promptPickItems(content), {
      title: vscode.l10n.t('Insert Prompt'),
      placeHolder: vscode.l10n.t('Type to filter by words, hat (Leader, Manager), why/how, phase or category'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    prompt = picked?.prompt;
  }
  if (!prompt) return false;
  if (editor.document.isClosed) {
    warnNoEditor();
    return false;
  }
  const done = await insertPromptText(editor, prompt.text);
  if (done) await services.asked.record(editor.document.uri, [prompt.id]);
  return done;
}

export function registerInsertPrompt(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.insertPrompt, (id?: unknown) => insertPrompt(services, typeof id === 'string' ? id : undefined));
}
