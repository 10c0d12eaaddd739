/** Two Hats: Insert Prompt — every prompt in a quick pick, inserted at the cursor. */
import * as vscode from 'vscode';
import { labelOf, type ContentSet } from '../content/contentSet';
import type { Prompt } from '../content/schema';
import { promptInsertion } from '../markdown/promptText';
import type { ContentService } from '../store/contentService';

interface PromptItem extends vscode.QuickPickItem {
  readonly prompt?: Prompt;
}

export function promptPickItems(content: ContentSet): PromptItem[] {
  const t = content.taxonomy;
  const items: PromptItem[] = [];
  let group = '';
  for (const prompt of content.prompts) {
    const where = prompt.for === 'design-review' ? labelOf(t.phases, prompt.phase) : labelOf(t.categories, prompt.category);
    const heading = `${prompt.for === 'design-review' ? vscode.l10n.t('Design review') : vscode.l10n.t('1:1')}: ${where}`;
    if (heading !== group) {
      items.push({ label: heading, kind: vscode.QuickPickItemKind.Separator });
      group = heading;
    }
    items.push({
      label: prompt.text,
      description: `${labelOf(t.hats, prompt.hat)} · ${labelOf(t.asks, prompt.asks)} · ${where}`,
      detail: prompt.tags?.length ? prompt.tags.map((tag) => `#${tag}`).join(' ') : undefined,
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

export function registerInsertPrompt(context: vscode.ExtensionContext, content: ContentService): void {
  context.subscriptions.push(vscode.commands.registerCommand('twoHats.insertPrompt', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Open a markdown note (or any text editor) first, then insert a prompt at the cursor.'));
      return;
    }
    const picked = await vscode.window.showQuickPick(promptPickItems(await content.get()), {
      title: vscode.l10n.t('Insert Prompt'),
      placeHolder: vscode.l10n.t('Type to filter by words, hat (Leader, Manager), why/how, phase or category'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (picked?.prompt) await insertPromptText(editor, picked.prompt.text);
  }));
}
