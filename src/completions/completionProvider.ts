/**
 * Two Hats completions in markdown: type `;;` (then words to filter) to get prompts and
 * checklist items. Answers from an index built once per content change; never inside code
 * blocks or front matter; off with `twoHats.completions.enabled`.
 */
import * as vscode from 'vscode';
import type { Meeting } from '../core/content/schema';
import { INTERNAL_COMMANDS, SETTINGS, SETTINGS_SECTION } from '../core/ids';
import { buildCompletionIndex, queryIndex, type CompletionIndex } from '../core/completions/completionIndex';
import { insertionFor, triggerAt } from '../core/completions/completionTrigger';
import { frontMatterField, readMarkdown } from '../core/markdown/markdownScan';
import { usedInDocument } from '../core/markdown/promptUse';
import type { Services } from '../host/services';

const LIMIT = 50;

export class TwoHatsCompletions implements vscode.CompletionItemProvider {
  private index: Promise<CompletionIndex> | undefined;

  constructor(private readonly services: Services) {
    services.content.onDidChange(() => { this.index = undefined; });
  }

  private getIndex(): Promise<CompletionIndex> {
    this.index ??= this.services.content.get().then(buildCompletionIndex);
    return this.index;
  }

  /** A 1:1 note by where it lies; a review note by `kind: design-review` in its front matter. */
  private meetingOf(document: vscode.TextDocument): Meeting | undefined {
    if (this.services.notes.personOfNote(document.uri)) return 'one-on-one';
    // Front matter is short: the first 40 lines are enough to find `kind`.
    const lines = { count: Math.min(document.lineCount, 40), at: (i: number) => document.lineAt(i).text };
    const kind = frontMatterField(lines, 'kind');
    return kind === 'design-review' || kind === 'revisit' ? 'design-review' : undefined;
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    if (!vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>(SETTINGS.completionsEnabled, true)) return undefined;
    const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
    const trigger = triggerAt(linePrefix);
    if (!trigger) return undefined;
    // One parse of the note per keystroke: whether the cursor is in code or front matter (a line's
    // kind depends only on the lines above it), and which prompts the note already asks.
    const structure = readMarkdown(document.getText(), { unclosedFrontMatter: 'frontMatter' });
    const kind = structure.kinds[position.line];
    if (kind === 'code' || kind === 'frontMatter') return undefined;
    const index = await this.getIndex();
    const entries = queryIndex(index, trigger.query, { askedInNote: usedInDocument(structure, index.entries), limit: LIMIT, prefer: this.meetingOf(document) });
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
      if (entry.kind === 'prompt') item.command = { title: '', command: INTERNAL_COMMANDS.recordAsked, arguments: [document.uri.toString(), entry.id] };
      return item;
    });
    // Incomplete: VS Code asks again as the query grows, so ranking stays ours.
    return new vscode.CompletionList(items, true);
  }
}
