/**
 * After `@` in a task item of a note under the notes folder: `@me` and the people (folder slugs,
 * with their names), from the commitments index (core/commitments/ownerCompletions.ts). Never in
 * code blocks or front matter; off with `twoHats.completions.enabled`.
 */
import * as vscode from 'vscode';
import { ownerCompletionContext, ownerSuggestions } from '../core/commitments/ownerCompletions';
import { SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { readMarkdown } from '../core/markdown/markdownScan';
import type { Services } from '../host/services';

/** A task item's line before the cursor (`- [ ] `, `1. [x] `, quoted or nested): what the shell checks before loading anything. */
export const TASK_LINE = /^[\s>]*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]\s/;

export class OwnerCompletions {
  constructor(private readonly services: Services) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>(SETTINGS.completionsEnabled, true)) return undefined;
    const path = this.services.notes.relativePath(document.uri);
    if (path === undefined || path === '') return undefined;
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    const context = ownerCompletionContext(linePrefix, TASK_LINE.test(linePrefix));
    if (!context) return undefined;
    // Not inside code or front matter: read the note's structure up to this line.
    const upTo = document.getText(new vscode.Range(0, 0, position.line + 1, 0));
    if (readMarkdown(upTo).kinds[position.line] !== 'text') return undefined;
    await this.services.commitments.ready();
    const range = new vscode.Range(position.line, context.start + 1, position.line, position.character);
    return ownerSuggestions(this.services.commitments.personRefs(), context.query).map((s, i) => {
      const item = new vscode.CompletionItem(`@${s.insert}`, s.kind === 'me' ? vscode.CompletionItemKind.Keyword : vscode.CompletionItemKind.User);
      item.insertText = s.insert;
      item.filterText = s.kind === 'person' ? `${s.insert} ${s.name}` : s.insert;
      item.range = range;
      item.detail = s.kind === 'me' ? vscode.l10n.t('you: a commitment you owe') : s.name;
      item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }
}
