/** Two Hats: Which Hat Now? — pick a situation, see the hat and moves, optionally insert them. */
import * as vscode from 'vscode';
import { COMMANDS } from '../core/ids';
import { labelOf } from '../core/content/contentSet';
import type { Situation } from '../core/content/schema';
import { situationMarkdown } from '../core/markdown/contentBlocks';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { insertBlock } from './shared/editorInsert';
import { quickPickText } from '../core/markdown/escapeMarkdown';
import { askModal } from './shared/notify';

interface SituationItem extends vscode.QuickPickItem {
  readonly situation: Situation;
}

export function registerWhichHat(commands: CommandRegistry, { content, targetEditor }: Services): void {
  commands.register(COMMANDS.whichHat, async () => {
    const c = await content.get();
    const picked = await vscode.window.showQuickPick<SituationItem>(c.situations.map((s) => ({
      label: quickPickText(s.title),
      description: quickPickText(labelOf(c.taxonomy.hats, s.hat)),
      detail: quickPickText(s.signals.join(' · ')),
      situation: s,
    })), { title: vscode.l10n.t('Which Hat Now?'), placeHolder: vscode.l10n.t('What is going on? Type a signal, such as deadline, incident or reorg'), matchOnDescription: true, matchOnDetail: true });
    if (!picked) return;
    const s = picked.situation;
    const editor = targetEditor();
    const insert = vscode.l10n.t('Insert into Note');
    const hat = labelOf(c.taxonomy.hats, s.hat);
    const moves = s.moves.map((m, i) => `${i + 1}. ${m}`).join('\n');
    const answer = await askModal(vscode.l10n.t('{0}: {1}', s.title, hat), `${s.summary ? `${s.summary}\n\n` : ''}${moves}`, ...(editor ? [insert] : []));
    if (answer === insert && editor) await insertBlock(editor, situationMarkdown(s, c.taxonomy));
  });
}
