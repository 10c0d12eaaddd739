/**
 * Two Hats: Log Feedback — picks a person, asks the kind (praise, or change), takes the words (the
 * selection with a link back to its file and line, or typed; change feedback part by part as the
 * `for: feedback` template lays it out: situation, behaviour, effect, next step) and appends
 * `- [ ] YYYY-MM-DD kind: words ([file:line](…))` to `## Feedback` in their person.md: unticked is
 * still to deliver. From the palette, the editor's context menu, or a script (`{ person, kind, text }`).
 */
import * as vscode from 'vscode';
import { FEEDBACK_KINDS, type FeedbackKind } from '../core/content/taxonomy';
import { isoDate } from '../core/dates';
import { COMMANDS } from '../core/ids';
import { FEEDBACK_HEADING, feedbackLine } from '../core/growth/feedback';
import { changeFeedbackText, feedbackSteps } from '../core/growth/feedbackSteps';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { sayInfo } from './shared/notify';
import { appendEntry, entryArgs, entryTarget, typedLine, type EntryArgs } from './shared/profileEntry';

export interface LogFeedbackArgs extends EntryArgs {
  readonly kind?: FeedbackKind;
}

async function pickKind(title: string): Promise<FeedbackKind | undefined> {
  const items: (vscode.QuickPickItem & { value: FeedbackKind })[] = [
    { label: vscode.l10n.t('Praise'), description: vscode.l10n.t('Something to keep doing'), value: 'praise' },
    { label: vscode.l10n.t('Change'), description: vscode.l10n.t('Situation, behaviour, effect, next step'), value: 'change' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('What kind of feedback?') });
  return picked?.value;
}

/** Change feedback asked part by part from the feedback template; undefined when cancelled or left empty. */
async function changeText(services: Services, title: string, name: string, selected: string | undefined): Promise<string | undefined> {
  const template = (await services.content.get()).templates.find((t) => t.for === 'feedback');
  const steps = feedbackSteps(template);
  if (steps.length === 0) return typedLine(title, vscode.l10n.t('The feedback for {0}: what they did, its effect, and what to do next', name), selected);
  const parts: { heading: string; text: string }[] = [];
  for (const [i, step] of steps.entries()) {
    const typed = await vscode.window.showInputBox({
      title: `${title} (${i + 1}/${steps.length}): ${step.heading}`,
      prompt: step.guidance ?? step.heading,
      ...(i === 0 && selected ? { value: selected } : {}),
    });
    if (typed === undefined) return undefined;
    parts.push({ heading: step.heading, text: typed });
  }
  const text = changeFeedbackText(parts);
  if (text === '') void sayInfo(vscode.l10n.t('Every part was empty: no feedback was logged.'));
  return text === '' ? undefined : text;
}

/** Logs feedback dated today; returns person.md's URI and the entry's 0-based line, or undefined when nothing was added. */
export async function logFeedback(services: Services, args: LogFeedbackArgs = {}): Promise<{ uri: vscode.Uri; line: number } | undefined> {
  const title = vscode.l10n.t('Log Feedback');
  const target = await entryTarget(services, title, args);
  if (!target) return undefined;
  const kind = args.kind ?? await pickKind(title);
  if (!kind) return undefined;
  const text = args.text !== undefined ? target.given
    : kind === 'change' ? await changeText(services, title, target.name, target.given)
      : target.given ?? await typedLine(title, vscode.l10n.t('The praise for {0}: what they did, and its effect', target.name));
  if (!text) return undefined;
  return appendEntry(services, target, FEEDBACK_HEADING, feedbackLine(isoDate(new Date()), kind, text, target.link),
    vscode.l10n.t('Logged feedback for {0} to deliver', target.name));
}

export function registerLogFeedback(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.logFeedback, (arg?: unknown) => {
    const kind = arg && typeof arg === 'object' ? FEEDBACK_KINDS.find((k) => k === (arg as Record<string, unknown>).kind) : undefined;
    return logFeedback(services, { ...entryArgs(arg), ...(kind ? { kind } : {}) });
  });
}
