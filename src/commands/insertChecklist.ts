/** Two Hats: Insert Checklist — a checklist as a task list at the cursor. */
import * as vscode from 'vscode';
import { labelOf } from '../content/contentSet';
import type { Checklist } from '../content/schema';
import { checklistMarkdown } from '../markdown/blocks';
import type { ContentService } from '../store/contentService';
import { insertBlock, targetEditor, warnNoEditor } from './editorInsert';

interface ChecklistItem extends vscode.QuickPickItem {
  readonly checklist: Checklist;
}

export function registerInsertChecklist(context: vscode.ExtensionContext, content: ContentService): void {
  context.subscriptions.push(vscode.commands.registerCommand('twoHats.insertChecklist', async (id?: unknown) => {
    const editor = targetEditor();
    if (!editor) return warnNoEditor();
    const c = await content.get();
    let checklist = typeof id === 'string' ? c.checklists.find((l) => l.id === id) : undefined;
    if (!checklist) {
      const picked = await vscode.window.showQuickPick<ChecklistItem>(c.checklists.map((l) => ({
        label: l.title,
        description: `${l.items.length} · ${l.for === 'one-on-one' ? vscode.l10n.t('1:1') : vscode.l10n.t('Design review')}`,
        detail: [...new Set(l.items.map((i) => labelOf(c.taxonomy.moments, i.when)))].join(' · '),
        checklist: l,
      })), { title: vscode.l10n.t('Insert Checklist'), placeHolder: vscode.l10n.t('Pick a checklist to insert as a task list'), matchOnDescription: true });
      checklist = picked?.checklist;
    }
    if (checklist) await insertBlock(editor, checklistMarkdown(checklist, c.taxonomy));
  }));
}
