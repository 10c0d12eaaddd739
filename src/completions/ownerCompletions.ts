/**
 * After `@` in a task item of a note under the notes folder: `@me` and the people (folder slugs,
 * with their names), from the commitments index (core/commitments/ownerCompletions.ts). After `📅`
 * or `due `: today, tomorrow, next Monday, in a week, and in a 1:1 note the day before the next 1:1. Never in
 * code blocks or front matter; off with `twoHats.completions.enabled`.
 */
import * as vscode from 'vscode';
import { dateCompletionContext, dateSuggestions, type DateSuggestionLabel } from '../core/commitments/dateCompletions';
import { ownerCompletionContext, ownerSuggestions } from '../core/commitments/ownerCompletions';
import { isoDate } from '../core/dates';
import { nextDue } from '../core/people/cadence';
import { placeOf } from '../host/noteFacts';
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
    if (!TASK_LINE.test(linePrefix)) return undefined;
    const date = dateCompletionContext(linePrefix);
    const context = date ? undefined : ownerCompletionContext(linePrefix, true);
    if (!context && !date) return undefined;
    // Not inside code or front matter: read the note's structure up to this line.
    const upTo = document.getText(new vscode.Range(0, 0, position.line + 1, 0));
    if (readMarkdown(upTo).kinds[position.line] !== 'text') return undefined;
    if (date) return this.dates(path, new vscode.Range(position.line, date.start, position.line, position.character));
    await this.services.commitments.ready();
    const range = new vscode.Range(position.line, context!.start + 1, position.line, position.character);
    return ownerSuggestions(this.services.commitments.personRefs(), context!.query).map((s, i) => {
      const item = new vscode.CompletionItem(`@${s.insert}`, s.kind === 'me' ? vscode.CompletionItemKind.Keyword : vscode.CompletionItemKind.User);
      item.insertText = s.insert;
      item.filterText = s.kind === 'person' ? `${s.insert} ${s.name}` : s.insert;
      item.range = range;
      item.detail = s.kind === 'me' ? vscode.l10n.t('you: a commitment you owe') : s.name;
      item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }

  private async dates(path: string, range: vscode.Range): Promise<vscode.CompletionItem[]> {
    const today = isoDate(new Date());
    const place = placeOf(path);
    let next: string | undefined;
    if (place.kind === 'oneOnOne' && place.person && place.date) {
      const cadence = (await this.services.profiles.read(place.person).catch(() => undefined))?.profile?.cadence;
      if (cadence) next = nextDue(place.date, cadence);
    }
    const words: Record<DateSuggestionLabel, string> = {
      today: vscode.l10n.t('today'),
      tomorrow: vscode.l10n.t('tomorrow'),
      'next Monday': vscode.l10n.t('next Monday'),
      'in a week': vscode.l10n.t('in a week'),
      'the day before the next 1:1': vscode.l10n.t('the day before the next 1:1'),
    };
    return dateSuggestions(today, next).map((s, i) => {
      const item = new vscode.CompletionItem({ label: s.date, description: words[s.label] }, vscode.CompletionItemKind.Value);
      item.range = range;
      item.filterText = `${s.date} ${words[s.label]}`;
      item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }
}
