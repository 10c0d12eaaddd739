/** Two Hats: Insert Checklist — a checklist as a task list at the cursor. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { labelOf } from '../core/content/contentSet';
import type { Checklist } from '../core/content/schema';
import { checklistMarkdown, hatTally } from '../core/markdown/contentBlocks';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { insertBlock, warnNoEditor } from './shared/editorInsert';
import { quickPickText } from '../core/markdown/escapeMarkdown';

interface ChecklistItem extends vscode.QuickPickItem {
  readonly checklist: Checklist;
}

export function registerInsertChecklist(commands: CommandRegistry, { content, targetEditor }: Services): void {
  commands.register(COMMANDS.insertChecklist, async (id?: unknown) => {
    const editor = targetEditor();
    if (!editor) return warnNoEditor();
    const c = await content.get();
    let checklist = typeof id === 'string' ? c.checklists.find((l) => l.id === id) : undefined;
    if (!checklist) {
      const picked = await vscode.window.showQuickPick<ChecklistItem>(c.checklists.map((l) => ({
        label: quickPickText(l.title),
        description: quickPickText(`${labelOf(c.taxonomy.meetings, l.for)} · ${hatTally(c.taxonomy, l.items.map((i) => i.hat))}`),
        detail: [...new Set(l.items.map((i) => labelOf(c.taxonomy.moments, i.when)))].join(' · '),
        checklist: l,
      })), { title: vscode.l10n.t('Insert Checklist'), placeHolder: vscode.l10n.t('Pick a checklist to insert as a task list (type 1:1, design review or a hat to filter)'), matchOnDescription: true, matchOnDetail: true });
      checklist = picked?.checklist;
    }
    if (checklist) await insertBlock(editor, checklistMarkdown(checklist, c.taxonomy));
  });
}
