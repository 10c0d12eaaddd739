/**
 * From code to the decision: in any file, a mention such as `ADR-0007`, `adr 7`, `RFC-12`
 * (core/decisions/mentions.ts), or a relative link to a design doc written in a comment, becomes
 * a document link to that doc, and hovering it shows the doc's title, status and date. A mention
 * that names no doc is left alone. In markdown, VS Code links `[x](doc.md)` itself: only number
 * mentions are added there.
 *
 * Cheap: the activation shell asks `mayMentionDecision` of the text first (one pass over its
 * character codes) and never loads the features for a file without `adr`, `rfc` or `.md`; here a
 * line is scanned only when it may mention one, and mentions resolve through maps built once per
 * set of decisions (core/decisions/resolveDecision.ts).
 */
import * as vscode from 'vscode';
import { cutText, type Decision } from '../core/decisions/decision';
import { linkableMentions } from '../core/decisions/codeMentions';
import { mayMention } from '../core/decisions/mentions';
import { resolveMention } from '../core/decisions/resolveDecision';
import { escapeMarkdown } from '../core/markdown/escapeMarkdown';
import { visibleText } from '../core/visibleText';
import { decisionLinksEnabled, type DecisionInfo, type Decisions } from '../host/decisions';
import { workspacePath } from '../host/designDocs';

/** Whether `text` may hold a mention at all (see the module comment); false means "no links, no hover". */
export function mayMentionDecision(text: string): boolean {
  return mayMention(text);
}

export class DecisionLinks implements vscode.DocumentLinkProvider, vscode.HoverProvider {
  constructor(private readonly decisions: Decisions) {}

  /** Each linkable mention of `document` with the decision it names. */
  private async resolved(document: vscode.TextDocument, lines: Iterable<number>): Promise<{ range: vscode.Range; info: DecisionInfo }[]> {
    const snapshot = await this.decisions.current();
    if (snapshot.decisions.length === 0) return [];
    const from = workspacePath(document.uri) ?? '';
    const out: { range: vscode.Range; info: DecisionInfo }[] = [];
    for (const i of lines) {
      const line = document.lineAt(i).text;
      for (const mention of linkableMentions(line, document.languageId)) {
        const decision: Decision | undefined = resolveMention(mention, snapshot.decisions, from);
        const info = decision && snapshot.byPath.get(decision.path);
        if (info) out.push({ range: new vscode.Range(i, mention.start, i, mention.end), info });
      }
    }
    return out;
  }

  async provideDocumentLinks(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
    if (!decisionLinksEnabled(document.uri) || !mayMention(document.getText())) return [];
    const lines: number[] = [];
    for (let i = 0; i < document.lineCount; i++) if (mayMention(document.lineAt(i).text)) lines.push(i);
    return (await this.resolved(document, lines)).map(({ range, info }) => {
      const link = new vscode.DocumentLink(range, info.uri);
      link.tooltip = hoverLine(info);
      return link;
    });
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!decisionLinksEnabled(document.uri)) return undefined;
    const found = (await this.resolved(document, [position.line])).find((r) => r.range.contains(position));
    if (!found) return undefined;
    return new vscode.Hover(hoverMarkdown(found.info), found.range);
  }
}

/** `Title · status · date`, plain text (a link's tooltip). */
export function hoverLine(info: DecisionInfo): string {
  const d = info.decision;
  return [cutText(visibleText(d.title), 200), statusOf(d), ...(d.date ? [d.date] : [])].join(' · ');
}

function statusOf(d: Decision): string {
  return d.status.kind === 'unknown' ? vscode.l10n.t('status unknown') : visibleText(d.status.text);
}

/** The hover: the title in bold, its status and date, sign-off and revisit when known, and the doc's path. */
export function hoverMarkdown(info: DecisionInfo): vscode.MarkdownString {
  const d = info.decision;
  const lines = [`**${escapeMarkdown(cutText(d.title, 200))}**`, escapeMarkdown([statusOf(d), ...(d.date ? [d.date] : [])].join(' · '))];
  const signOff = info.review?.signOff;
  if (signOff && signOff.total > 0) lines.push(escapeMarkdown(vscode.l10n.t('{0} of {1} signed off', signOff.signed, signOff.total)));
  if (info.revisit?.due) lines.push(escapeMarkdown(vscode.l10n.t('Revisit due since {0}', info.revisit.dueOn)));
  lines.push(escapeMarkdown(d.path));
  const md = new vscode.MarkdownString(lines.join('\n\n'));
  md.isTrusted = false;
  return md;
}
