/**
 * Two Hats completions in markdown: type `;;` (then words to filter) to get prompts and
 * checklist items. Answers from an index built once per content change; never inside code
 * blocks or front matter; off with `twoHats.completions.enabled`.
 */
import * as vscode from 'vscode';
import type { Meeting } from '../content/schema';
import { recordAsked } from '../commands/insertPrompt';
import type { CommandRegistry } from '../commands/commandRegistry';
import type { Services } from '../store/services';
import { buildCompletionIndex, queryIndex, type CompletionIndex } from './completionIndex';
import { askedInDocument, insertionFor, isInCodeOrFrontMatter, triggerAt } from './markdownContext';

const LIMIT = 50;
/** Internal (not in the palette): records a prompt accepted from the completion list as asked. */
export const RECORD_ASKED = 'twoHats.internal.recordAsked';

export class TwoHatsCompletions implements vscode.CompletionItemProvider {
  private index: Promise<CompletionIndex> | undefined;

  constructor(private readonly services: Services) {
    services.content.onDidChange(() => { this.index = undefined; });
  }

  private getIndex(): Promise<CompletionIndex> {
    this.index ??= this.services.content.get().then(buildCompletionIndex);
    return this.index;
  }

  private meetingOf(document: vscode.TextDocument): Meeting | undefined {
    if (this.services.notes.personOfNote(document.uri)) return 'one-on-one';
    return /^kind:\s*design-review\s*$/m.test(document.getText(new vscode.Range(0, 0, 10, 0))) ? 'design-review' : undefined;
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    if (!vscode.workspace.getConfiguration('twoHats', document.uri).get<boolean>('completions.enabled', true)) return undefined;
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    const trigger = triggerAt(linePrefix);
    if (!trigger || isInCodeOrFrontMatter((i) => document.lineAt(i).text, position.line)) return undefined;
    const index = await this.getIndex();
    const entries = queryIndex(index, trigger.query, { askedInNote: askedInDocument(document.getText(), index), limit: LIMIT, prefer: this.meetingOf(document) });
    const range = new vscode.Range(position.line, trigger.start, position.line, position.character);
    const typed = linePrefix.slice(trigger.start);
    const before = linePrefix.slice(0, trigger.start);
    const items = entries.map((entry, i) => {
      const item = new vscode.CompletionItem({ label: entry.text, description: entry.detail },
        entry.kind === 'prompt' ? vscode.CompletionItemKind.Text : vscode.CompletionItemKind.Reference);
      item.detail = entry.detail;
      item.documentation = new vscode.MarkdownString(entry.documentation);
      item.insertText = insertionFor(entry, before);
      item.range = range;
      // Our ranking stands: every item matches what was typed, in our order.
      item.filterText = typed;
      item.sortText = String(i).padStart(4, '0');
      // Accepting a prompt counts as asking it, like Insert Prompt does.
      if (entry.kind === 'prompt') item.command = { title: '', command: RECORD_ASKED, arguments: [document.uri.toString(), entry.id] };
      return item;
    });
    // Incomplete: VS Code asks again as the query grows, so ranking stays ours.
    return new vscode.CompletionList(items, true);
  }
}

/** The command a completion runs when accepted; the provider itself is registered by extension.ts. */
export function registerRecordAsked(commands: CommandRegistry, services: Services): void {
  commands.register(RECORD_ASKED, (uri: unknown, id: unknown) => {
    if (typeof uri === 'string' && typeof id === 'string') return recordAsked(services, { uri: vscode.Uri.parse(uri) }, [id]);
    return undefined;
  });
}
