/**
 * Two Hats: Assemble Review Evidence — picks a person and a period (the last 6 or 12 months, or
 * from–to dates) and whether to include private notes, and opens an untitled markdown document
 * (nothing is written unless the lead saves it): the fairness check at the top, then goals, wins,
 * feedback, commitments, design docs and commits, each line dated and linked to its source. From
 * the palette, the Team view, or a script (`{ person, period: 'last6' | 'last12' | { from, to },
 * includePrivate }`).
 */
import * as vscode from 'vscode';
import { isIsoDate, isoDate } from '../core/dates';
import { COMMANDS } from '../core/ids';
import { inPeriod, isValidPeriod, lastMonths, type Period } from '../core/growth/period';
import type { Services } from '../host/services';
import type { CommandRegistry } from './shared/commandRegistry';
import { warnNoFolder } from './shared/noteDialogs';
import { sayError, sayInfo } from './shared/notify';
import { pickPerson } from './shared/personPicker';

export interface ReviewEvidenceArgs {
  readonly person?: string;
  readonly period?: 'last6' | 'last12' | Period;
  readonly includePrivate?: boolean;
}

async function askDate(title: string, prompt: string, value: string): Promise<string | undefined> {
  const typed = await vscode.window.showInputBox({
    title, prompt, value,
    validateInput: (v) => (isIsoDate(v.trim()) ? undefined : vscode.l10n.t('A date such as 2026-01-31')),
  });
  return typed?.trim();
}

async function pickPeriod(title: string, today: string): Promise<Period | undefined> {
  const items: (vscode.QuickPickItem & { value: 'last6' | 'last12' | 'range' })[] = [
    { label: vscode.l10n.t('Last 6 months'), description: `${lastMonths(today, 6).from} – ${today}`, value: 'last6' },
    { label: vscode.l10n.t('Last 12 months'), description: `${lastMonths(today, 12).from} – ${today}`, value: 'last12' },
    { label: vscode.l10n.t('From – to…'), description: vscode.l10n.t('Two dates'), value: 'range' },
  ];
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Which period?') });
  if (!picked) return undefined;
  if (picked.value !== 'range') return lastMonths(today, picked.value === 'last6' ? 6 : 12);
  const from = await askDate(title, vscode.l10n.t('First day (YYYY-MM-DD)'), lastMonths(today, 12).from);
  if (from === undefined) return undefined;
  const to = await askDate(title, vscode.l10n.t('Last day (YYYY-MM-DD)'), today);
  if (to === undefined) return undefined;
  return { from, to };
}

async function pickPrivate(title: string): Promise<boolean | undefined> {
  const items: (vscode.QuickPickItem & { value: boolean })[] = [
    { label: vscode.l10n.t('Shared notes only'), description: vscode.l10n.t('Leave ## Private sections out (the document says how many items)'), value: false },
    { label: vscode.l10n.t('Include private notes'), description: vscode.l10n.t('For your eyes only: the document says it includes them'), value: true },
  ];
  return (await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Private notes?') }))?.value;
}

/** Assembles the evidence and opens it untitled; returns the document, or undefined when cancelled or impossible. */
export async function reviewEvidence(services: Services, args: ReviewEvidenceArgs = {}): Promise<vscode.TextDocument | undefined> {
  const { notes } = services;
  if (!notes.root()) return warnNoFolder();
  const title = vscode.l10n.t('Assemble Review Evidence');
  const today = isoDate(new Date());
  let slug: string | undefined;
  if (args.person && await notes.hasPerson(args.person)) slug = args.person;
  else slug = (await pickPerson(services, title))?.slug;
  if (!slug) return undefined;
  const period = args.period === 'last6' ? lastMonths(today, 6) : args.period === 'last12' ? lastMonths(today, 12) : args.period ?? await pickPeriod(title, today);
  if (!period) return undefined;
  if (!isValidPeriod(period)) {
    void sayError(vscode.l10n.t('The period {0} – {1} is not two dates in order (YYYY-MM-DD, the first not after the last).', period.from, period.to));
    return undefined;
  }
  const includePrivate = args.includePrivate ?? await pickPrivate(title);
  if (includePrivate === undefined) return undefined;
  let evidence;
  try {
    evidence = await services.growth.evidence(slug, period, today, includePrivate);
  } catch (error) {
    void sayError(vscode.l10n.t('Could not assemble the evidence for {0}: {1}', slug, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: evidence.text });
  await vscode.window.showTextDocument(document, { preview: false });
  if (!evidence.loop.refs.some((r) => inPeriod(r.date, period))) {
    void sayInfo(vscode.l10n.t('No 1:1 notes with {0} from {1} to {2}: the evidence holds only what person.md and other notes say.', evidence.loop.name, period.from, period.to));
  }
  return document;
}

function periodArg(value: unknown): ReviewEvidenceArgs['period'] {
  if (value === 'last6' || value === 'last12') return value;
  if (value && typeof value === 'object') {
    const { from, to } = value as Record<string, unknown>;
    if (typeof from === 'string' && typeof to === 'string') return { from, to };
  }
  return undefined;
}

export function registerReviewEvidence(commands: CommandRegistry, services: Services): void {
  commands.register(COMMANDS.reviewEvidence, (arg?: unknown) => {
    // The Team view passes its row ({ slug }); a script { person, period, includePrivate }; a string is a person.
    if (typeof arg === 'string') return reviewEvidence(services, { person: arg });
    const args = arg && typeof arg === 'object' ? arg as Record<string, unknown> : {};
    const person = typeof args.person === 'string' ? args.person : typeof args.slug === 'string' ? args.slug : undefined;
    const period = periodArg(args.period);
    return reviewEvidence(services, {
      ...(person ? { person } : {}),
      ...(period ? { period } : {}),
      ...(typeof args.includePrivate === 'boolean' ? { includePrivate: args.includePrivate } : {}),
    });
  });
}
